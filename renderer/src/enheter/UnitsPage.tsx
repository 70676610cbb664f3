import { Alert, Button, Switch } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link, Route, Routes, useParams, useSearchParams } from 'react-router';
import { useMay } from '../api/access';
import { useRead } from '../api/hooks';
import { AdminOnly } from '../components/AdminOnly';
import { EmptyState } from '../components/EmptyState';
import { ListPager } from '../components/ListPager';
import { SaveNotice } from '../forms/SaveNotice';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { ArchiveUnitSection } from './ArchiveUnitSection';
import { UnitForm } from './UnitForm';
import { UnitTable } from './UnitTable';

const NEW_UNIT = (
  <Button asChild>
    <Link to="/enheter/ny">Ny enhet</Link>
  </Button>
);

function UnitList() {
  const [showArchived, setShowArchived] = useState(false);
  const [page, setPage] = useState(1);
  const tree = useRead('units.tree', { includeArchived: showArchived, page }, { keepPrevious: true });
  const mayChange = useMay('units.create', 'write');
  return (
    <>
      <PageHeader
        title="Enheter"
        lead="Sektorene og enhetene i kommunen, med antall ansatte og ledere. Antall ledere brukes i dekningsoversikten for opplæring."
        actions={mayChange ? NEW_UNIT : undefined}
      />
      <SaveNotice />
      <AdminOnly may={mayChange} what="legge til, endre og arkivere enheter" />
      <div className="section-gap">
        <Switch
          label="Vis arkiverte enheter"
          checked={showArchived}
          onChange={(e) => {
            setShowArchived(e.target.checked);
            setPage(1);
          }}
        />
      </div>
      <QueryState query={tree} label="enheter">
        {(units) =>
          units.total === 0 ? (
            <EmptyState title="Ingen enheter er registrert" action={mayChange ? NEW_UNIT : undefined}>
              Begynn med sektorene (for eksempel «Helse og omsorg»), og legg enhetene under dem med antall ansatte og
              ledere.
            </EmptyState>
          ) : (
            <>
              <UnitTable units={units} linked={mayChange} />
              <ListPager list={units} onPage={setPage} label="Sider: enheter" />
            </>
          )
        }
      </QueryState>
    </>
  );
}

function NewUnit() {
  const tree = useRead('units.tree', { all: true });
  const [params] = useSearchParams();
  return (
    <>
      <PageHeader title="Ny enhet" lead="En sektor, virksomhet eller enhet. Du kan flytte den senere." />
      <QueryState query={tree} label="enheter">
        {({ rows }) => <UnitForm tree={rows} parentId={params.get('under') ?? undefined} />}
      </QueryState>
    </>
  );
}

function EditUnit() {
  const id = Number(useParams().id);
  const tree = useRead('units.tree', { includeArchived: true, all: true });
  return (
    <QueryState query={tree} label="enheten">
      {({ rows: units }) => {
        const unit = units.find((u) => u.id === id);
        if (!unit) return <Alert data-color="warning">Fant ikke enheten.</Alert>;
        return (
          <>
            <PageHeader
              title={`Enhet: ${unit.name}`}
              lead={unit.depth > 0 ? unit.path : 'Gi nytt navn, flytt enheten, eller arkiver den.'}
            />
            <UnitForm key={unit.id} existing={unit} tree={units} />
            {unit.archived ? null : (
              <p>
                <Link to={`/enheter/ny?under=${unit.id}`}>Legg til en enhet under «{unit.name}»</Link>
              </p>
            )}
            <ArchiveUnitSection unit={unit} />
          </>
        );
      }}
    </QueryState>
  );
}

export function UnitsPage() {
  const may = useMay('units.update', 'write');
  const what = 'legge til, endre og arkivere enheter';
  return (
    <Routes>
      <Route index element={<UnitList />} />
      <Route
        path="ny"
        element={
          <AdminOnly may={may} what={what} title="Ny enhet">
            <NewUnit />
          </AdminOnly>
        }
      />
      <Route
        path=":id"
        element={
          <AdminOnly may={may} what={what} title="Enhet">
            <EditUnit />
          </AdminOnly>
        }
      />
    </Routes>
  );
}
