import { describe, expect, it } from 'vitest';
import { tableNames } from '../src/storage/client.js';
import { MIGRATIONS } from '../src/storage/schema.js';

const tables = tableNames('fh');
const statements = (layout: 'single' | 'cluster'): string[] =>
  MIGRATIONS.flatMap((m) => m.statements(tables, { layout, cluster: 'prod', retentionDays: 7 })).map((s) =>
    s.replaceAll(/\s+/g, ' '),
  );

describe('schema rendering', () => {
  it('creates plain MergeTree tables on one node, with retention', () => {
    const single = statements('single');
    // Version 1's five, version 5's sample sets and span index, version 6's and 7's hourly rollups.
    expect(single.filter((s) => s.startsWith('CREATE TABLE'))).toHaveLength(9);
    expect(single.find((s) => s.includes('`fh`.service_hours'))).toMatch(/ENGINE = SummingMergeTree .*ORDER BY \(service, kind, ts\) TTL ts \+ INTERVAL 7 DAY/);
    expect(single).toContain('ALTER TABLE `fh`.service_hours MODIFY SETTING non_replicated_deduplication_window = 1000');
    expect(single.find((s) => s.includes('`fh`.sample_hours'))).toMatch(/ENGINE = SummingMergeTree .*TTL ts \+ INTERVAL 7 DAY/);
    expect(single).toContain('ALTER TABLE `fh`.sample_hours MODIFY SETTING non_replicated_deduplication_window = 1000');
    expect(single.find((s) => s.includes('`fh`.sample_sets'))).toMatch(/ENGINE = MergeTree .*TTL ts \+ INTERVAL 7 DAY/);
    expect(single.find((s) => s.includes('`fh`.span_index'))).toMatch(/ENGINE = MergeTree .*TTL ts \+ INTERVAL 7 DAY/);
    expect(single.join('\n')).not.toMatch(/Replicated|Distributed|ON CLUSTER/);
  });

  it('renders the same tables for a cluster: sharded facts behind Distributed, dimensions replicated whole', () => {
    const cluster = statements('cluster');
    const samplesLocal = cluster.find((s) => s.includes('`fh`.samples_local ON CLUSTER'));
    expect(samplesLocal).toContain("ReplicatedMergeTree('/clickhouse/tables/{shard}/fh/samples', '{replica}')");
    expect(cluster.find((s) => s.includes('EXISTS `fh`.samples ON CLUSTER'))).toContain(
      "Distributed('prod', 'fh', 'samples_local', cityHash64(stack_id))",
    );
    expect(cluster.find((s) => s.includes('EXISTS `fh`.stacks ON CLUSTER'))).toContain('cityHash64(stack_id)');
    const series = cluster.find((s) => s.includes('`fh`.series ON CLUSTER'));
    expect(series).toContain("ReplicatedReplacingMergeTree('/clickhouse/tables/all/fh/series', '{replica}', last_seen)");
    expect(cluster.some((s) => s.includes('`fh`.series_local'))).toBe(false);
  });

  it('covers schema version 5 on a cluster: sample sets and span index sharded alike by series, behind Distributed', () => {
    const cluster = statements('cluster');
    expect(cluster.find((s) => s.includes('`fh`.sample_sets_local ON CLUSTER'))).toContain(
      "ReplicatedMergeTree('/clickhouse/tables/{shard}/fh/sample_sets', '{replica}')",
    );
    expect(cluster.find((s) => s.includes('EXISTS `fh`.sample_sets ON CLUSTER'))).toContain(
      "Distributed('prod', 'fh', 'sample_sets_local', cityHash64(series_id))",
    );
    expect(cluster.find((s) => s.includes('EXISTS `fh`.span_index ON CLUSTER'))).toContain(
      "Distributed('prod', 'fh', 'span_index_local', cityHash64(series_id))",
    );
    // Deduplication windows are Keeper's on replicated tables, not a table setting.
    expect(cluster.join('\n')).not.toContain('non_replicated_deduplication_window');
  });

  it('covers schema version 6 on a cluster: the hourly rollup sharded by series like the sets that feed it', () => {
    const cluster = statements('cluster');
    expect(cluster.find((s) => s.includes('`fh`.sample_hours_local ON CLUSTER'))).toContain(
      "ReplicatedSummingMergeTree('/clickhouse/tables/{shard}/fh/sample_hours', '{replica}')",
    );
    expect(cluster.find((s) => s.includes('EXISTS `fh`.sample_hours ON CLUSTER'))).toContain(
      "Distributed('prod', 'fh', 'sample_hours_local', cityHash64(series_id))",
    );
  });

  it('covers schema version 7 on a cluster: the per-service rollup on every shard, read through Distributed', () => {
    const cluster = statements('cluster');
    expect(cluster.find((s) => s.includes('`fh`.service_hours_local ON CLUSTER'))).toContain(
      "ReplicatedSummingMergeTree('/clickhouse/tables/{shard}/fh/service_hours', '{replica}')",
    );
    expect(cluster.find((s) => s.includes('EXISTS `fh`.service_hours ON CLUSTER'))).toContain(
      "Distributed('prod', 'fh', 'service_hours_local', cityHash64(service))",
    );
  });

  it('covers schema version 8 on both layouts: stack ids recompressed on the tables that store them, not on Distributed ones', () => {
    const codec = 'Array(UInt64) CODEC(ZSTD(3))';
    const single = statements('single');
    expect(single).toContain(`ALTER TABLE \`fh\`.sample_sets MODIFY COLUMN stack_ids ${codec}`);
    expect(single).toContain(`ALTER TABLE \`fh\`.sample_hours MODIFY COLUMN \`stacksMap.stack_id\` ${codec}`);
    expect(single).toContain(`ALTER TABLE \`fh\`.service_hours MODIFY COLUMN \`stacksMap.stack_id\` ${codec}`);
    const cluster = statements('cluster').filter((s) => s.includes(codec));
    expect(cluster).toEqual([
      `ALTER TABLE \`fh\`.sample_sets_local ON CLUSTER 'prod' MODIFY COLUMN stack_ids ${codec}`,
      `ALTER TABLE \`fh\`.sample_hours_local ON CLUSTER 'prod' MODIFY COLUMN \`stacksMap.stack_id\` ${codec}`,
      `ALTER TABLE \`fh\`.service_hours_local ON CLUSTER 'prod' MODIFY COLUMN \`stacksMap.stack_id\` ${codec}`,
    ]);
  });

  it('covers schema version 9 on both layouts: span list columns on the sets, local and Distributed alike', () => {
    const added = (s: string): boolean => s.includes('ADD COLUMN IF NOT EXISTS span_refs');
    expect(statements('single').filter(added)).toEqual(['ALTER TABLE `fh`.sample_sets ADD COLUMN IF NOT EXISTS span_refs Array(UInt32) CODEC(T64, ZSTD(1))']);
    expect(statements('cluster').filter(added)).toEqual([
      "ALTER TABLE `fh`.sample_sets_local ON CLUSTER 'prod' ADD COLUMN IF NOT EXISTS span_refs Array(UInt32) CODEC(T64, ZSTD(1))",
      "ALTER TABLE `fh`.sample_sets ON CLUSTER 'prod' ADD COLUMN IF NOT EXISTS span_refs Array(UInt32) CODEC(T64, ZSTD(1))",
    ]);
    expect(statements('cluster').filter((s) => s.includes('ADD COLUMN IF NOT EXISTS ref_'))).toHaveLength(8);
  });

  it('adds the upload ledger to both layouts: columns on local and Distributed tables, index on the local one', () => {
    const single = statements('single');
    expect(single).toContain('ALTER TABLE `fh`.profiles ADD COLUMN IF NOT EXISTS upload_id String CODEC(ZSTD(1))');
    // Retried batch inserts are dropped by token: single nodes need the window set, replicated tables have it.
    expect(single).toContain('ALTER TABLE `fh`.samples MODIFY SETTING non_replicated_deduplication_window = 1000');
    const cluster = statements('cluster');
    expect(cluster).toContain("ALTER TABLE `fh`.profiles_local ON CLUSTER 'prod' ADD COLUMN IF NOT EXISTS upload_id String CODEC(ZSTD(1))");
    expect(cluster).toContain("ALTER TABLE `fh`.profiles ON CLUSTER 'prod' ADD COLUMN IF NOT EXISTS upload_id String CODEC(ZSTD(1))");
    expect(cluster.find((s) => s.includes('ADD INDEX IF NOT EXISTS idx_upload_id'))).toContain('`fh`.profiles_local');
    expect(cluster.join('\n')).not.toContain('non_replicated_deduplication_window');
  });

  it('expires frames, stacks and series a day after the samples that could point at them', () => {
    const single = statements('single');
    for (const table of ['frames', 'stacks', 'series']) {
      expect(single).toContain(`ALTER TABLE \`fh\`.${table} MODIFY TTL last_seen + INTERVAL 8 DAY`);
    }
    expect(single).toContain('ALTER TABLE `fh`.stacks ADD COLUMN IF NOT EXISTS last_seen DateTime DEFAULT now()');
    // On a cluster the TTL goes on the sharded local table, the column on both.
    const cluster = statements('cluster');
    expect(cluster).toContain("ALTER TABLE `fh`.stacks_local ON CLUSTER 'prod' MODIFY TTL last_seen + INTERVAL 8 DAY");
    expect(cluster).toContain("ALTER TABLE `fh`.stacks ON CLUSTER 'prod' ADD COLUMN IF NOT EXISTS last_seen DateTime DEFAULT now()");
  });

  it('refuses a database name that is not an identifier', () => {
    expect(() => tableNames('fh; DROP TABLE x')).toThrow(/CLICKHOUSE_DATABASE/);
  });
});
