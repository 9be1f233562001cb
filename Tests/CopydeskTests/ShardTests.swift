import Copydesk
import CopydeskTesting
import Testing

@Suite struct ShardTests {
    @Test func parsesKOfNAndRefusesTheRest() throws {
        let shard = try Shard(parsing: "2/8")
        #expect(shard.index == 2 && shard.count == 8)
        for bad in ["0/8", "9/8", "2", "a/b", "2/0", "1/2/3", "-1/4"] {
            #expect(throws: ShardError.self, "\(bad)") { try Shard(parsing: bad) }
        }
    }

    @Test func labelIsPaddedToTheWidthOfTheCount() throws {
        #expect(try Shard(index: 3, count: 16).label == "03")
        #expect(try Shard(index: 12, count: 16).label == "12")
        #expect(try Shard(index: 1, count: 3).substitute(in: "out/part-{shard}.jsonl") == "out/part-1.jsonl")
    }

    /// Fixed values: a change of hash would move documents between shards of
    /// runs made before and after it.
    @Test func hashIsFNV1aWithFmix64OverUTF8() {
        #expect(Shard.stableHash("") == 0xefd0_1f60_ba99_2926)
        #expect(Shard.stableHash("bbc-business-002") == 0xcf52_abc0_b4bf_203a)
        #expect(Shard.stableHash("naïve-ü") == 0xc959_299d_3f5d_a50b)
        #expect(Shard.bucket(of: "bbc-business-002", count: 3) == 0)
        #expect(Shard.bucket(of: "naïve-ü", count: 8) == 3)
    }

    @Test func everyIDFallsInExactlyOneShardAndTheyAreEven() throws {
        let shards = try (1...4).map { try Shard(index: $0, count: 4) }
        var sizes = [0, 0, 0, 0]
        for i in 0..<10_000 {
            let id = "doc-\(i)"
            let owners = shards.filter { $0.contains(id: id) }
            #expect(owners.count == 1)
            if let owner = owners.first { sizes[owner.index - 1] += 1 }
        }
        // Sequential ids, where FNV's low bits alone would be lopsided.
        #expect(sizes.allSatisfy { (2_300...2_700).contains($0) }, "\(sizes)")
    }

    @Test func slurmArraysCountFromTheirFirstTask() throws {
        let fromZero = try Shard.fromEnvironment(["SLURM_ARRAY_TASK_ID": "0", "SLURM_ARRAY_TASK_COUNT": "8", "SLURM_ARRAY_TASK_MIN": "0"])
        #expect(fromZero == (try Shard(index: 1, count: 8)))
        let fromOne = try Shard.fromEnvironment(["SLURM_ARRAY_TASK_ID": "8", "SLURM_ARRAY_TASK_COUNT": "8", "SLURM_ARRAY_TASK_MIN": "1"])
        #expect(fromOne == (try Shard(index: 8, count: 8)))
        let stepped = try Shard.fromEnvironment(["SLURM_ARRAY_TASK_ID": "104", "SLURM_ARRAY_TASK_COUNT": "3",
                                                 "SLURM_ARRAY_TASK_MIN": "100", "SLURM_ARRAY_TASK_STEP": "2"])
        #expect(stepped == (try Shard(index: 3, count: 3)))
        #expect(throws: ShardError.self) {
            try Shard.fromEnvironment(["SLURM_ARRAY_TASK_ID": "8", "SLURM_ARRAY_TASK_COUNT": "8", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_STEP": "2"])
        }
        #expect(throws: ShardError.self) { try Shard.fromEnvironment(["SLURM_ARRAY_TASK_ID": "3"]) }
    }

    @Test func kubernetesIndexedJobsCountFromZero() throws {
        let shard = try Shard.fromEnvironment(["JOB_COMPLETION_INDEX": "0", "COPYDESK_SHARD_COUNT": "5"])
        #expect(shard == (try Shard(index: 1, count: 5)))
        #expect(throws: ShardError.self) { try Shard.fromEnvironment(["JOB_COMPLETION_INDEX": "5", "COPYDESK_SHARD_COUNT": "5"]) }
        #expect(throws: ShardError.self) { try Shard.fromEnvironment(["JOB_COMPLETION_INDEX": "1"]) }
        #expect(throws: ShardError.self) { try Shard.fromEnvironment([:]) }
    }
}

@Suite struct ShardedRunTests {
    /// A source that cannot shard itself is read whole and filtered by id.
    @Test func shardsOfARunTogetherGiveTheWholeRunOnce() throws {
        func run(_ shard: Shard?) throws -> [Document] {
            let sink = CollectingSink()
            let pipeline = Pipeline(name: "t", workers: 2, source: CountingSource(count: 500), transforms: [UpperStage()],
                                    sinks: [sink], shard: shard)
            _ = try PipelineRunner(pipeline: pipeline).run(rejects: CollectingRejects())
            return sink.documents ?? []
        }
        let whole = try run(nil)
        let parts = try (1...3).map { try run(try Shard(index: $0, count: 3)) }
        #expect(parts.allSatisfy { !$0.isEmpty && $0.count < whole.count })
        let joined = parts.flatMap { $0 }
        #expect(joined.count == whole.count)
        #expect(Dictionary(uniqueKeysWithValues: joined.map { ($0.id, $0) }) == Dictionary(uniqueKeysWithValues: whole.map { ($0.id, $0) }))
        // Each shard keeps the input's order among its own documents.
        for part in parts { #expect(part.map(\.id) == whole.map(\.id).filter { id in part.contains { $0.id == id } }) }
    }

    @Test func shardPlaceholderFillsPathsAndNeedsAShard() throws {
        let yaml = """
        name: t
        stages:
          - stage: counting
            with:
              path: in
          - stage: null
            with:
              path: out/part-{shard}.jsonl
        """
        let builder = PipelineBuilder(registry: testRegistry())
        let sharded = try builder.build(yaml: yaml, path: "/p/p.yaml", overrides: PipelineOverrides(shard: try Shard(index: 2, count: 12)))
        #expect(sharded.outputPath == "/p/out/part-02.jsonl")
        #expect(sharded.shard == (try Shard(index: 2, count: 12)))
        do {
            _ = try builder.build(yaml: yaml, path: "/p/p.yaml")
            Issue.record("built without a shard")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["/p/p.yaml:8:13: option 'path' of 'null': '/p/out/part-{shard}.jsonl' holds {shard}, which only a run with --shard fills in"])
        }
    }
}
