/** The card headers of a record's panels: the title a level-2 heading, the subheader body text. */
export const cardTitleProps = {
  title: { variant: 'h6', component: 'h2' },
  subheader: { variant: 'body2' },
} as const;
