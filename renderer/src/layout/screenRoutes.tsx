import type { ComponentType } from 'react';
import { Route, Routes } from 'react-router';

/** An area's own screens by their path below the area; `''` is the area's first screen. */
export type Screens = Record<string, ComponentType>;

/** The one way an area declares its sub-screens: a route per path, in the order given. */
export function screenRoutes(screens: Screens): ComponentType {
  return function ScreenRoutes() {
    return (
      <Routes>
        {Object.entries(screens).map(([path, Screen]) =>
          path === '' ? (
            <Route key="" index element={<Screen />} />
          ) : (
            <Route key={path} path={path} element={<Screen />} />
          ),
        )}
      </Routes>
    );
  };
}
