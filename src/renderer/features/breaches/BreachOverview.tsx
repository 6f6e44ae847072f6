import { Card, CardContent, CardHeader, Chip, Grid, Stack, Typography } from '@mui/material';
import MedicalInformationOutlinedIcon from '@mui/icons-material/MedicalInformationOutlined';
import type { BreachDetail } from '../../../shared/breaches/contract';
import { dataTypeInfo, subjectCategoryLabels } from '../../../shared/breaches/rules';
import { formatOslo } from '../../../shared/breaches/time';
import { Fact, titleProps } from './breachUi';
import { Obligations } from './CheckList';

function approx(value: number | null): string | null {
  return value === null ? null : `about ${value.toLocaleString('en-GB')}`;
}

/** The breach at a glance: what happened, the people and data, and what is left to do. */
export function Overview({ detail }: { detail: BreachDetail }) {
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 7 }}>
        <Card sx={{ height: '100%' }}>
          <CardHeader title="What happened" slotProps={titleProps} />
          <CardContent sx={{ pt: 0 }}>
            <Fact label="Description">{detail.description}</Fact>
            <Fact label="When it happened">
              {detail.occurredFrom
                ? detail.occurredTo
                  ? `${formatOslo(detail.occurredFrom)} – ${formatOslo(detail.occurredTo)}`
                  : formatOslo(detail.occurredFrom)
                : 'Not known yet'}
            </Fact>
            <Fact label="How it was discovered">{detail.discovery}</Fact>
            <Fact label="Likely consequences">{detail.consequences}</Fact>
            <Fact label="Measures taken">{detail.measuresTaken}</Fact>
            <Fact label="Measures planned">{detail.measuresPlanned}</Fact>
            <Fact label="Contact point">{detail.contactPoint}</Fact>
            <Typography variant="caption" color="text.secondary">
              Recorded {formatOslo(detail.createdAt)} by {detail.reportedBy} · last changed{' '}
              {formatOslo(detail.updatedAt)}
            </Typography>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <Stack spacing={2} sx={{ height: '100%' }}>
          <Card>
            <CardHeader title="People and data" slotProps={titleProps} />
            <CardContent sx={{ pt: 0 }}>
              <Fact label="Whose data">
                {detail.capacity === 'processor'
                  ? `Our customers’ (we are processor): ${detail.customers.map((customer) => customer.name).join(', ')}`
                  : detail.capacity === 'both'
                    ? `Ours (we are controller) and our customers’: ${detail.customers.map((customer) => customer.name).join(', ')}`
                    : 'Ours (we are controller)'}
              </Fact>
              <Fact label="Categories of people">
                {detail.subjectCategories.map((category) => subjectCategoryLabels[category]).join(', ')}
              </Fact>
              <Fact label="People affected">{approx(detail.subjectsApprox)}</Fact>
              <Fact label="Types of data">
                {detail.dataTypes.length > 0 && (
                  <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
                    {detail.dataTypes.map((type) => (
                      <Chip
                        key={type}
                        size="small"
                        variant="outlined"
                        color={dataTypeInfo[type].special ? 'error' : 'default'}
                        icon={dataTypeInfo[type].special ? <MedicalInformationOutlinedIcon /> : undefined}
                        label={dataTypeInfo[type].label}
                      />
                    ))}
                  </Stack>
                )}
              </Fact>
              <Fact label="Records affected">{approx(detail.recordsApprox)}</Fact>
            </CardContent>
          </Card>
          <Card sx={{ flexGrow: 1 }}>
            <CardHeader
              title={detail.state === 'closed' ? 'Obligations met' : 'Before the breach can be closed'}
              slotProps={titleProps}
            />
            <CardContent sx={{ pt: 0 }}>
              <Obligations detail={detail} />
              {detail.closedAt && (
                <Typography variant="body2" sx={{ mt: 1 }}>
                  Closed {formatOslo(detail.closedAt)} by {detail.closedBy}
                  {detail.closingNote ? `: ${detail.closingNote}` : ''}
                </Typography>
              )}
            </CardContent>
          </Card>
        </Stack>
      </Grid>
    </Grid>
  );
}
