import { Avatar, Box, Button, Divider, ListItemIcon, Menu, MenuItem, Typography } from '@mui/material';
import KeyOutlinedIcon from '@mui/icons-material/KeyOutlined';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import LogoutIcon from '@mui/icons-material/Logout';
import { useState } from 'react';
import type { SessionUser } from '../../shared/auth/contract';
import { api, callApi } from '../app/api';
import { useAppDispatch } from '../app/store';
import { statusReceived } from '../features/auth/authSlice';
import { ChangePasswordDialog } from '../features/auth/ChangePasswordDialog';
import { useLabels, useT } from '../i18n';
import { LanguageMenuItems } from '../i18n/LanguageMenuItems';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

export function AccountMenu({ user }: { user: SessionUser }) {
  const t = useT('shell');
  const roleLabels = useLabels('role');
  const dispatch = useAppDispatch();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [changingPassword, setChangingPassword] = useState(false);

  const lock = async () => {
    setAnchor(null);
    const result = await callApi('auth.lock', {}, dispatch);
    if (result.ok) dispatch(statusReceived(result.data));
  };
  const signOut = async () => {
    setAnchor(null);
    const result = await callApi('auth.signOut', {});
    dispatch(api.util.resetApiState());
    if (result.ok) dispatch(statusReceived(result.data));
  };

  return (
    <>
      <Button
        color="inherit"
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-label={t('accountOf', { name: user.displayName })}
        sx={{ gap: 1, px: 1 }}
      >
        <Avatar sx={{ width: 30, height: 30, fontSize: 14, bgcolor: 'secondary.main' }}>
          {initials(user.displayName)}
        </Avatar>
        <Box sx={{ textAlign: 'left', display: { xs: 'none', md: 'block' } }}>
          <Typography variant="body2" lineHeight={1.2}>
            {user.displayName}
          </Typography>
          <Typography variant="caption" sx={{ opacity: 0.8 }} lineHeight={1.2}>
            {user.roles.map((role) => roleLabels[role]).join(' · ')}
          </Typography>
        </Box>
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setChangingPassword(true);
          }}
        >
          <ListItemIcon>
            <KeyOutlinedIcon fontSize="small" />
          </ListItemIcon>
          {t('changePassword')}
        </MenuItem>
        <MenuItem onClick={lock}>
          <ListItemIcon>
            <LockOutlinedIcon fontSize="small" />
          </ListItemIcon>
          {t('lockNow')}
        </MenuItem>
        <Divider />
        <LanguageMenuItems onChosen={() => setAnchor(null)} />
        <Divider />
        <MenuItem onClick={signOut}>
          <ListItemIcon>
            <LogoutIcon fontSize="small" />
          </ListItemIcon>
          {t('signOut')}
        </MenuItem>
      </Menu>
      {changingPassword && <ChangePasswordDialog onClose={() => setChangingPassword(false)} />}
    </>
  );
}
