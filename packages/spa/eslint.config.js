import { configFor } from '@etj/config/eslint';

export default configFor('spa-kit');
