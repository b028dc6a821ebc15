import { CreateNamedQueryCommand, CreateWorkGroupCommand } from '@aws-sdk/client-athena';
import { CreateDatabaseCommand, CreateTableCommand, type TableInput } from '@aws-sdk/client-glue';
import type { EmulatorClients } from '../../clients';
import { NO_VALUE, resolveValue } from '../../intrinsics';
import type { StackResource } from '../../resource-names';
import { type LocalStack, resourcesOfType } from '../../stack';

type Json = Record<string, unknown>;

function properties(resource: StackResource, stack: LocalStack): Json {
  const resolved = resolveValue(resource.resource.Properties ?? {}, stack.scope);
  return resolved === NO_VALUE || typeof resolved !== 'object' || Array.isArray(resolved) ? {} : (resolved as Json);
}

const nameOf = (value: unknown, fallback: string) => (typeof value === 'string' && value !== '' ? value : fallback);

/**
 * Creates the stack's Glue databases and tables, Athena workgroups and named queries in the local Athena, in that
 * order (a table's DatabaseName and a named query's Database are `!Ref`s to what came before). Each gets the Ref
 * CloudFormation gives it: a database, table or workgroup its name, a named query its NamedQueryId. A definition
 * the local Athena cannot serve is skipped with a note, so its queries fail with the reason.
 */
export async function provisionAnalytics(stack: LocalStack, clients: EmulatorClients, notes: string[]): Promise<void> {
  const { glue, athena } = clients;
  if (!glue || !athena) return;
  const attempt = async (resource: StackResource, create: () => Promise<void>) => {
    try {
      await create();
    } catch (error) {
      notes.push(`${resource.logicalId}: not created in the local Athena: ${(error as Error).message}`);
    }
  };
  for (const database of resourcesOfType(stack, 'AWS::Glue::Database')) {
    const input = (properties(database, stack).DatabaseInput ?? {}) as Json;
    const name = nameOf(input.Name, database.name).toLowerCase();
    await attempt(database, async () => {
      await glue.send(new CreateDatabaseCommand({ DatabaseInput: { ...input, Name: name } }));
      database.ref = name;
    });
  }
  for (const table of resourcesOfType(stack, 'AWS::Glue::Table')) {
    const props = properties(table, stack);
    const input = (props.TableInput ?? {}) as Json;
    const name = nameOf(input.Name, table.name).toLowerCase();
    await attempt(table, async () => {
      const tableInput = { ...input, Name: name } as TableInput;
      await glue.send(new CreateTableCommand({ DatabaseName: String(props.DatabaseName), TableInput: tableInput }));
      table.ref = name;
    });
  }
  for (const group of resourcesOfType(stack, 'AWS::Athena::WorkGroup')) {
    const props = properties(group, stack);
    const name = nameOf(props.Name, group.name);
    await attempt(group, async () => {
      await athena.send(
        new CreateWorkGroupCommand({ Name: name, Configuration: props.WorkGroupConfiguration as Json }),
      );
      group.ref = name;
    });
  }
  for (const query of resourcesOfType(stack, 'AWS::Athena::NamedQuery')) {
    const props = properties(query, stack);
    await attempt(query, async () => {
      const created = await athena.send(
        new CreateNamedQueryCommand({
          Name: nameOf(props.Name, query.name),
          Database: String(props.Database),
          QueryString: String(props.QueryString),
          Description: typeof props.Description === 'string' ? props.Description : undefined,
          WorkGroup: typeof props.WorkGroup === 'string' ? props.WorkGroup : undefined,
        }),
      );
      query.ref = created.NamedQueryId ?? query.ref;
      query.attributes.NamedQueryId = query.ref;
    });
  }
}
