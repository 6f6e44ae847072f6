import { Card, CardContent, Grid, Skeleton, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { format, parseISO } from 'date-fns';
import type { ReactNode } from 'react';
import { requestTypeInfo, type RequestType, requestTypes } from '../../../shared/cases/rules';
import type { DashboardCharts } from '../../../shared/dashboard/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDashboardChartsQuery } from './dashboardApi';

/** One colour per request type, the same in every chart (ten types need ten colours). */
const typeColours: Record<RequestType, string> = {
  information: '#5b8fc7',
  access: '#1d4f7a',
  rectification: '#16796f',
  erasure: '#b3261e',
  restriction: '#e08a00',
  portability: '#7b5ea7',
  objection: '#c2185b',
  'marketing-objection': '#8d4e2a',
  'consent-withdrawal': '#6d8b3a',
  'marketing-opt-out': '#9aa5b1',
};

const monthLabel = (month: string) => format(parseISO(`${month}-01`), 'MMM yy');
const chartHeight = 260;

function ChartCard({ title, caption, children }: { title: string; caption: string; children: ReactNode }) {
  return (
    <Card sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="subtitle1" component="h3">
          {title}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {caption}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function NoFigures({ children }: { children: ReactNode }) {
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 8, textAlign: 'center' }}>
      {children}
    </Typography>
  );
}

function byTypeSeries(rows: DashboardCharts['received']) {
  return requestTypes
    .filter((type) => rows.some((row) => row.byType[type] > 0))
    .map((type) => ({
      label: requestTypeInfo[type].label,
      data: rows.map((row) => row.byType[type]),
      stack: 'types',
      color: typeColours[type],
    }));
}

/** The dashboard's charts; every figure comes from the core's `dashboard.charts`. */
export function ChartsPanel() {
  const { data, error, isLoading } = useDashboardChartsQuery({}, { refetchOnMountOrArgChange: true });
  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !data) return <Skeleton variant="rounded" height={chartHeight * 2} />;
  const months = data.months.map(monthLabel);
  const quarters = data.breachesPerQuarter.map((row) => row.quarter);
  const noReplies = data.onTime.every((row) => row.replied === 0);
  return (
    <Grid container spacing={2} component="section" aria-label="Charts">
      <Grid size={{ xs: 12, lg: 6 }}>
        <ChartCard
          title="Requests received per month"
          caption="By request type; a case with several types counts under each."
        >
          {data.received.every((row) => row.total === 0) ? (
            <NoFigures>No requests received in these months.</NoFigures>
          ) : (
            <BarChart
              height={chartHeight}
              xAxis={[{ scaleType: 'band', data: months }]}
              yAxis={[{ tickMinStep: 1 }]}
              series={byTypeSeries(data.received)}
              slotProps={{ legend: { position: { vertical: 'bottom', horizontal: 'center' } } }}
            />
          )}
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <ChartCard title="Requests closed per month" caption="By request type, in the month of the reply.">
          {noReplies && data.closed.every((row) => row.total === 0) ? (
            <NoFigures>No requests closed in these months.</NoFigures>
          ) : (
            <BarChart
              height={chartHeight}
              xAxis={[{ scaleType: 'band', data: months }]}
              yAxis={[{ tickMinStep: 1 }]}
              series={byTypeSeries(data.closed)}
              slotProps={{ legend: { position: { vertical: 'bottom', horizontal: 'center' } } }}
            />
          )}
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6, lg: 4 }}>
        <ChartCard
          title="Answered on time"
          caption="Share of replies given by the due date (after any extension)."
        >
          {noReplies ? (
            <NoFigures>No replies in these months.</NoFigures>
          ) : (
            <LineChart
              height={chartHeight}
              xAxis={[{ scaleType: 'point', data: months }]}
              yAxis={[{ min: 0, max: 100, valueFormatter: (value: number) => `${value} %` }]}
              series={[
                {
                  label: 'On time',
                  data: data.onTime.map((row) =>
                    row.rate === null ? null : Math.round(row.rate * 1000) / 10,
                  ),
                  valueFormatter: (value) => (value === null ? 'no replies' : `${value} %`),
                  color: '#16796f',
                },
              ]}
              hideLegend
            />
          )}
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6, lg: 4 }}>
        <ChartCard title="Median days to reply" caption="Calendar days from receipt to the reply.">
          {noReplies ? (
            <NoFigures>No replies in these months.</NoFigures>
          ) : (
            <BarChart
              height={chartHeight}
              xAxis={[{ scaleType: 'band', data: months }]}
              series={[
                {
                  label: 'Median days',
                  data: data.medianDaysToClose.map((row) => row.median),
                  valueFormatter: (value) => (value === null ? 'no replies' : `${value} days`),
                  color: '#1d4f7a',
                },
              ]}
              hideLegend
            />
          )}
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, lg: 4 }}>
        <ChartCard title="Breaches per quarter" caption="By the DPO's risk assessment.">
          {quarters.length === 0 ? (
            <Typography variant="body2" color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
              No breaches recorded.
            </Typography>
          ) : (
            <BarChart
              height={chartHeight}
              xAxis={[{ scaleType: 'band', data: quarters }]}
              yAxis={[{ tickMinStep: 1 }]}
              series={[
                {
                  label: 'High risk',
                  data: data.breachesPerQuarter.map((row) => row.high),
                  stack: 'risk',
                  color: '#b3261e',
                },
                {
                  label: 'Risk',
                  data: data.breachesPerQuarter.map((row) => row.risk),
                  stack: 'risk',
                  color: '#e08a00',
                },
                {
                  label: 'No risk',
                  data: data.breachesPerQuarter.map((row) => row.none),
                  stack: 'risk',
                  color: '#16796f',
                },
                {
                  label: 'Not assessed',
                  data: data.breachesPerQuarter.map((row) => row.unassessed),
                  stack: 'risk',
                  color: '#9aa5b1',
                },
              ]}
              slotProps={{ legend: { position: { vertical: 'bottom', horizontal: 'center' } } }}
            />
          )}
        </ChartCard>
      </Grid>
    </Grid>
  );
}
