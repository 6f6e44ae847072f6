declare module 'pdfmake/fonts/Roboto.js' {
  /** Absolute paths of the Roboto files pdfmake ships. */
  const fonts: Record<'Roboto', Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>;
  export default fonts;
}
