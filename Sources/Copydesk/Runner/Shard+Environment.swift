import Foundation

extension Shard {
    /// The shard a batch scheduler gives this process (`--shard auto`).
    ///
    /// - Slurm job arrays: `SLURM_ARRAY_TASK_ID` counted from
    ///   `SLURM_ARRAY_TASK_MIN` (arrays may start at any number) in steps of
    ///   `SLURM_ARRAY_TASK_STEP`, of `SLURM_ARRAY_TASK_COUNT`: `--array=0-7`
    ///   and `--array=1-8` both give shards 1/8 to 8/8.
    /// - Kubernetes Indexed Jobs: `JOB_COMPLETION_INDEX` (from 0) of
    ///   `COPYDESK_SHARD_COUNT`, which the Job sets to its `completions`
    ///   (Kubernetes does not pass that number on by itself).
    public static func fromEnvironment(_ environment: [String: String]) throws(ShardError) -> Shard {
        func number(_ name: String) throws(ShardError) -> Int? {
            guard let raw = environment[name] else { return nil }
            guard let value = Int(raw.trimmingCharacters(in: .whitespaces)) else { throw ShardError("\(name) is not a number: '\(raw)'") }
            return value
        }
        if let id = try number("SLURM_ARRAY_TASK_ID") {
            guard let count = try number("SLURM_ARRAY_TASK_COUNT") else {
                throw ShardError("SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not")
            }
            let first = try number("SLURM_ARRAY_TASK_MIN") ?? 0
            let step = max(1, try number("SLURM_ARRAY_TASK_STEP") ?? 1)
            guard (id - first) % step == 0 else {
                throw ShardError("SLURM_ARRAY_TASK_ID \(id) is not on the array's steps (min \(first), step \(step)); use an evenly stepped --array or --shard K/N")
            }
            do { return try Shard(index: (id - first) / step + 1, count: count) } catch {
                throw ShardError("Slurm array task \(id) (min \(first), step \(step)) is not one of \(count) evenly stepped tasks; use --shard K/N")
            }
        }
        if let index = try number("JOB_COMPLETION_INDEX") {
            guard let count = try number("COPYDESK_SHARD_COUNT") else {
                throw ShardError("JOB_COMPLETION_INDEX is set but COPYDESK_SHARD_COUNT (the Job's completions) is not")
            }
            return try Shard(index: index + 1, count: count)
        }
        throw ShardError("--shard auto needs SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT, or JOB_COMPLETION_INDEX and COPYDESK_SHARD_COUNT")
    }
}
