// WeChat only: the community's cases as markers on Taro's Map; a marker tap opens the case.
import { Map } from '@tarojs/components';
import type { PublicReportView } from '@/domain/reports/types';
import { openPage, REPORTS } from '@/services/navigation';

export function ReportsMap({ reports }: { reports: PublicReportView[] }) {
  if (reports.length === 0) return null;
  const markers = reports.map((report, index) => ({
    id: index,
    latitude: report.lat,
    longitude: report.lng,
    title: report.address,
    width: 28,
    height: 36,
    iconPath: '/assets/tab/report-on.png',
  }));
  return (
    <Map
      className='reports-map'
      latitude={reports[0].lat}
      longitude={reports[0].lng}
      scale={17}
      markers={markers}
      onError={() => undefined}
      onMarkerTap={(event) => {
        const report = reports[Number((event.detail as { markerId?: number }).markerId)];
        if (report) openPage(REPORTS.detail(report.id));
      }}
    />
  );
}
