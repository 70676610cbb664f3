import type { CatalogueEntry } from '../../../core/catalogue/contract';
import type { Column } from '../components/DataTable';
import { StatusTag } from '../components/StatusTag';

/** «I bruk» or «Arkivert», the last column of every catalogue's table. */
export const statusColumn: Column<CatalogueEntry> = {
  key: 'status',
  label: 'Status',
  sortValue: (e) => Number(e.archived),
  render: (e) =>
    e.archived ? <StatusTag color="neutral">Arkivert</StatusTag> : <StatusTag color="success">I bruk</StatusTag>,
};
