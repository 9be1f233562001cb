/// Offsets into the input text, for `write`'s `source_offsets`.
extension Document {
    /// What a document knows of where its text came from.
    enum SourceState: Sendable {
        /// The text is the input text.
        case input
        /// `clean` rewrote it and kept the map back.
        case mapped(SourceMap)
        /// A stage changed the text without a map; `stage` is filled in by the runner.
        case dropped(stage: String?)
    }

    /// Replaces the text by a rewrite of it, with the map from the new text
    /// to the old, composed onto any map the document already has (so that
    /// it still points into the input).
    public mutating func rewriteText(_ newText: String, map: SourceMap) {
        let before = sourceState
        // Marked dropped first, so that `text`'s didSet does not compare the
        // old and new text again (the caller has its own reason to rewrite).
        sourceState = .dropped(stage: nil)
        text = newText
        switch before {
        case .input: sourceState = .mapped(map)
        case .mapped(let old): sourceState = .mapped(map.composed(onto: old))
        case .dropped: sourceState = before
        }
    }

    /// The range of the input text that a span of `text` came from, in
    /// Unicode scalars; nil once a stage changed the text without a map.
    public func sourceRange(_ start: Int, _ end: Int) -> Range<Int>? {
        switch sourceState {
        case .input: return start..<max(start, end)
        case .mapped(let map): return map.sourceRange(start, end)
        case .dropped: return nil
        }
    }

    /// The stage that changed the text after the map was made, so that the
    /// offsets into the input were lost; nil while they are known.
    public var sourceOffsetsDroppedBy: String? {
        if case .dropped(let stage) = sourceState { return stage ?? "?" }
        return nil
    }

    /// Called when `text` is set other than by `rewriteText`.
    mutating func textChanged(from old: String) {
        if case .dropped = sourceState { return }
        if old.utf8.count == text.utf8.count && old.utf8.elementsEqual(text.utf8) { return }
        sourceState = .dropped(stage: nil)
    }

    /// The runner names the stage that dropped the map.
    mutating func blameSourceDrop(on stage: String) {
        if case .dropped(nil) = sourceState { sourceState = .dropped(stage: stage) }
    }
}
