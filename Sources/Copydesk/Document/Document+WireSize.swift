/// How large a document's wire line will be, for the writer to reserve.
extension Document {
    /// About the bytes of `wireJSON`, erring over: reserved up front, a large
    /// document's line is built in one buffer, where growing by doubling
    /// would hold the old and the new buffer at once (48 MB for the 26 MB
    /// line of a 10 MB document). Pass-through fields are not counted; a
    /// line with large ones grows past the estimate as before.
    public func wireSizeEstimate(sourceOffsets: Bool) -> Int {
        let text = self.text.utf8.count
        // Escaped newlines and quotes: news has about one in a hundred bytes.
        var n = 512 + id.utf8.count + text + text / 64
        let spans = (entities?.count ?? 0) + (numbers?.count ?? 0) + (summary?.count ?? 0)
        n += (entities?.count ?? 0) * 72 + (numbers?.count ?? 0) * 128
        n += summary?.reduce(0) { $0 + $1.text.utf8.count + 64 } ?? 0
        if sourceOffsets { n += spans * 40 }
        return n
    }
}
