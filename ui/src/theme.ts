import { createTheme } from '@mui/material/styles';

/** Light and dark schemes; the user's system preference picks one until they choose. */
export const theme = createTheme({
  colorSchemes: { light: true, dark: true },
  cssVariables: { colorSchemeSelector: 'class' },
});
