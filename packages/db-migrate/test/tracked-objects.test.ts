import { describe, expect, it } from 'vitest';
import { trackedObjects } from '../src/tracked-objects.js';

describe('tracked objects of a metadata export', () => {
  it('are the tables, the tracked functions and the computed fields\' functions, schema public by default', () => {
    // Prepare: shapes from Hasura's metadata reference (table and function as object or name)
    const metadata = {
      version: 3,
      sources: [
        {
          name: 'default',
          kind: 'postgres',
          tables: [
            { table: { schema: 'public', name: 'authors' }, computed_fields: [{ name: 'full_name', definition: { function: { schema: 'public', name: 'author_full_name' } } }] },
            { table: 'articles' },
          ],
          functions: [{ function: { schema: 'search', name: 'search_articles' } }, { function: 'author_full_name' }],
        },
        { name: 'other', kind: 'mssql', tables: [{ table: { schema: 'dbo', name: 'ignored' } }] },
      ],
    };
    // Act
    const tracked = trackedObjects(metadata);
    // Assert
    expect(tracked).toEqual({
      tables: [{ schema: 'public', name: 'authors' }, { schema: 'public', name: 'articles' }],
      functions: [{ schema: 'public', name: 'author_full_name' }, { schema: 'search', name: 'search_articles' }],
    });
  });
});
