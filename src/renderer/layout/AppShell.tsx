import {
  AppBar,
  Box,
  Drawer,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  ListSubheader,
  Toolbar,
  Typography,
} from '@mui/material';
import { type ReactNode, useEffect } from 'react';
import { NavLink, useLocation, useNavigate } from 'react-router';
import type { SessionUser } from '../../shared/auth/contract';
import { hasAnyRole } from '../../shared/roles';
import { type NavSection, say, screens } from '../app/screens';
import { useT } from '../i18n';
import { AppLogo } from '../components/AppLogo';
import { AccountMenu } from './AccountMenu';

const drawerWidth = 232;
const sections: NavSection[] = ['Work', 'Registers', 'Administration'];
const sectionKeys = {
  Work: 'sectionWork',
  Registers: 'sectionRegisters',
  Administration: 'sectionAdministration',
} as const satisfies Record<NavSection, string>;

export function AppShell({ user, children }: { user: SessionUser; children: ReactNode }) {
  const t = useT('shell');
  const location = useLocation();
  const navigate = useNavigate();
  const allowed = screens.filter(
    (screen) => screen.roles.length === 0 || hasAnyRole(user.roles, screen.roles),
  );
  const visible = allowed.filter((screen) => screen.nav);

  // Screens with a shortcut open with Ctrl+key from anywhere, also from inside a field.
  useEffect(() => {
    const withShortcut = allowed.filter((screen) => screen.shortcut);
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const screen = withShortcut.find((candidate) => candidate.shortcut?.key === event.key.toLowerCase());
      if (!screen) return;
      event.preventDefault();
      void navigate(screen.path);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [allowed, navigate]);

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar variant="dense" sx={{ gap: 1.5 }}>
          <AppLogo size={28} />
          <Typography variant="h6" component="div" sx={{ flexGrow: 1 }}>
            Privacy Desk
          </Typography>
          <AccountMenu user={user} />
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: drawerWidth,
          flexShrink: 0,
          '& .MuiDrawer-paper': {
            width: drawerWidth,
            boxSizing: 'border-box',
            borderRight: '1px solid #dde3ea',
          },
        }}
      >
        <Toolbar variant="dense" />
        <Box component="nav" aria-label={t('mainNavigation')} sx={{ overflowY: 'auto', py: 1 }}>
          {sections.map((section) => {
            const items = visible
              .filter((screen) => screen.nav?.section === section)
              .sort((a, b) => (a.nav?.order ?? 0) - (b.nav?.order ?? 0));
            if (items.length === 0) return null;
            return (
              <List
                key={section}
                dense
                aria-labelledby={`nav-${section}`}
                subheader={
                  <ListSubheader id={`nav-${section}`} sx={{ lineHeight: '32px', bgcolor: 'transparent' }}>
                    {t(sectionKeys[section])}
                  </ListSubheader>
                }
              >
                {items.map((screen) => {
                  const selected =
                    screen.path === '/'
                      ? location.pathname === '/'
                      : location.pathname.startsWith(screen.path);
                  return (
                    <ListItem key={screen.path} disablePadding>
                      <ListItemButton
                        component={NavLink}
                        to={screen.path}
                        selected={selected}
                        sx={{ mx: 1, borderRadius: 1 }}
                      >
                        <ListItemIcon sx={{ minWidth: 36 }}>{screen.nav?.icon}</ListItemIcon>
                        <ListItemText primary={say(screen.title)} />
                        {screen.shortcut && (
                          <Typography variant="caption" color="text.secondary" aria-hidden>
                            {say(screen.shortcut.label)}
                          </Typography>
                        )}
                      </ListItemButton>
                    </ListItem>
                  );
                })}
              </List>
            );
          })}
        </Box>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 2, minWidth: 0 }}>
        <Toolbar variant="dense" />
        {children}
      </Box>
    </Box>
  );
}
