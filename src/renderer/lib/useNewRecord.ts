import { useState } from 'react';
import { useNavigate } from 'react-router';

/**
 * A list's "New …" dialog: whether it is open, and, once the record is made, the dialog closed and
 * the new record opened at `<path>/<id>`.
 */
export function useNewRecord(path: string) {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  return {
    open,
    start: () => setOpen(true),
    close: () => setOpen(false),
    created: (id: number) => {
      setOpen(false);
      void navigate(`${path}/${id}`);
    },
  };
}
