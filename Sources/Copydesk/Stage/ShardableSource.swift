/// A source that can read one shard itself, cheaper than reading everything
/// and dropping the other shards' documents (`load` over a folder of many
/// files reads only its own files). Sources that are not shardable are read
/// whole through a `ShardedReader`.
public protocol ShardableSource: DocumentSource {
    /// A reader that yields exactly the documents of `shard`: over the N
    /// shards, every document of `makeReader()` once.
    func makeReader(shard: Shard) throws -> any DocumentReader
}

extension Pipeline {
    /// The reader of this run: the whole source, or its shard.
    func makeReader() throws -> any DocumentReader {
        guard let shard else { return try source.instance.makeReader() }
        if let shardable = source.instance as? any ShardableSource { return try shardable.makeReader(shard: shard) }
        return ShardedReader(try source.instance.makeReader(), shard: shard)
    }
}
