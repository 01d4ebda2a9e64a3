import '@/lib/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Journal } from '@/components/journal/Journal';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Journal />
  </StrictMode>,
);
