/** AclCollection: the security descriptor of each file of one Map batch, as ACL table rows. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { aclCollection } from '../../domain/acl-collection';

export const handler = withObservability(createItemHandler(aclCollection));
