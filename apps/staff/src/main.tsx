import '@etj/ui/styles.css';
import { mountSpa } from '@etj/spa';
import { StaffApp } from './App.tsx';
import { createI18nInstances } from './i18n/i18n-instances.ts';

mountSpa('staff', <StaffApp i18n={createI18nInstances()} />);
