import { Card, CardContent, Grid, Skeleton, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { parseISO } from 'date-fns';
import type { ReactNode } from 'react';
import { type RequestType, requestTypes } from '../../../shared/cases/rules';
import type { DashboardCharts } from '../../../shared/dashboard/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLabels, useT } from '../../i18n';
import { formatCount, formatPattern } from '../../lib/format';
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

function byTypeSeries(rows: DashboardCharts['received'], labels: Readonly<Record<RequestType, string>>) {
  return requestTypes
    .filter((type) => rows.some((row) => row.byType[type] > 0))
    .map((type) => ({
      label: labels[type],
      data: rows.map((row) => row.byType[type]),
      stack: 'types',
      color: typeColours[type],
    }));
}

/** Requests a month, stacked by type. */
function ByTypeChart({ rows, months }: { rows: DashboardCharts['received']; months: string[] }) {
  const typeLabels = useLabels('requestType');
  return (
    <BarChart
      height={chartHeight}
      xAxis={[{ scaleType: 'band', data: months }]}
      yAxis={[{ tickMinStep: 1 }]}
      series={byTypeSeries(rows, typeLabels)}
      slotProps={{ legend: { position: { vertical: 'bottom', horizontal: 'center' } } }}
    />
  );
}

/** The dashboard's charts; every figure comes from the core's `dashboard.charts`. */
export function ChartsPanel() {
  const t = useT('dashboard');
  const { data, error, isLoading } = useDashboardChartsQuery({}, { refetchOnMountOrArgChange: true });
  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !data) return <Skeleton variant="rounded" height={chartHeight * 2} />;
  const months = data.months.map((month) => formatPattern(parseISO(`${month}-01`), t('monthPattern')));
  const percent = (value: number) => t('percent', { value: formatCount(value) });
  const quarters = data.breachesPerQuarter.map((row) => row.quarter);
  const noReplies = data.onTime.every((row) => row.replied === 0);
  return (
    <Grid container spacing={2} component="section" aria-label={t('charts')}>
      <Grid size={{ xs: 12, lg: 6 }}>
        <ChartCard title={t('receivedTitle')} caption={t('receivedCaption')}>
          {data.received.every((row) => row.total === 0) ? (
            <NoFigures>{t('noneReceived')}</NoFigures>
          ) : (
            <ByTypeChart rows={data.received} months={months} />
          )}
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <ChartCard title={t('closedTitle')} caption={t('closedCaption')}>
          {noReplies && data.closed.every((row) => row.total === 0) ? (
            <NoFigures>{t('noneClosed')}</NoFigures>
          ) : (
            <ByTypeChart rows={data.closed} months={months} />
          )}
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6, lg: 4 }}>
        <ChartCard title={t('onTimeTitle')} caption={t('onTimeCaption')}>
          {noReplies ? (
            <NoFigures>{t('noReplies')}</NoFigures>
          ) : (
            <LineChart
              height={chartHeight}
              xAxis={[{ scaleType: 'point', data: months }]}
              yAxis={[{ min: 0, max: 100, valueFormatter: (value: number) => percent(value) }]}
              series={[
                {
                  label: t('onTime'),
                  data: data.onTime.map((row) =>
                    row.rate === null ? null : Math.round(row.rate * 1000) / 10,
                  ),
                  valueFormatter: (value) => (value === null ? t('noRepliesValue') : percent(value)),
                  color: '#16796f',
                },
              ]}
              hideLegend
            />
          )}
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6, lg: 4 }}>
        <ChartCard title={t('medianTitle')} caption={t('medianCaption')}>
          {noReplies ? (
            <NoFigures>{t('noReplies')}</NoFigures>
          ) : (
            <BarChart
              height={chartHeight}
              xAxis={[{ scaleType: 'band', data: months }]}
              series={[
                {
                  label: t('medianDays'),
                  data: data.medianDaysToClose.map((row) => row.median),
                  valueFormatter: (value) =>
                    value === null ? t('noRepliesValue') : t('days', { count: value }),
                  color: '#1d4f7a',
                },
              ]}
              hideLegend
            />
          )}
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, lg: 4 }}>
        <ChartCard title={t('breachesTitle')} caption={t('breachesCaption')}>
          {quarters.length === 0 ? (
            <Typography variant="body2" color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
              {t('noBreaches')}
            </Typography>
          ) : (
            <BarChart
              height={chartHeight}
              xAxis={[{ scaleType: 'band', data: quarters }]}
              yAxis={[{ tickMinStep: 1 }]}
              series={[
                {
                  label: t('highRisk'),
                  data: data.breachesPerQuarter.map((row) => row.high),
                  stack: 'risk',
                  color: '#b3261e',
                },
                {
                  label: t('risk'),
                  data: data.breachesPerQuarter.map((row) => row.risk),
                  stack: 'risk',
                  color: '#e08a00',
                },
                {
                  label: t('noRisk'),
                  data: data.breachesPerQuarter.map((row) => row.none),
                  stack: 'risk',
                  color: '#16796f',
                },
                {
                  label: t('notAssessed'),
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
