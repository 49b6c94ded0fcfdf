import { spaCodegenConfig } from '@etj/graphql/codegen';

export default spaCodegenConfig();
