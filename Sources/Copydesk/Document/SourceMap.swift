/// Where each position of a rewritten text came from in the text before:
/// `clean` makes one so that spans found in the cleaned text can be given as
/// ranges of the input (`source_start`, `source_end`).
///
/// Compact: a list of pieces in output order. A copy piece is a run of
/// scalars taken one for one from the source; any other piece is output
/// (a decoded entity, a collapsed run of whitespace, a paragraph break made
/// of a tag) that stands, all of it, for one source range. Source text that
/// nothing in the output came from (tags, dropped controls) lies between
/// pieces. Every rewrite clean does keeps order, so the map is monotone and a
/// span maps to the range from its first scalar's source start to its last
/// scalar's source end: the smallest source range that contains it.
public struct SourceMap: Sendable, Equatable {
    struct Piece: Sendable, Equatable {
        /// First output position of the piece.
        var output: Int32
        var source: Int32
        var sourceEnd: Int32
        var isCopy: Bool
    }

    var pieces: [Piece]
    /// Scalars of the output text.
    public let length: Int
    /// Scalars of the source text.
    public let sourceLength: Int

    /// The source range of the output span `start..<end` (Unicode scalars);
    /// positions past the output are clamped to its end.
    public func sourceRange(_ start: Int, _ end: Int) -> Range<Int> {
        guard length > 0, !pieces.isEmpty else { return 0..<0 }
        let s = max(0, start)
        guard end > s, s < length else {
            let p = s < length ? sourceStart(s) : sourceLength
            return p..<p
        }
        let from = sourceStart(s), to = sourceEnd(min(end, length) - 1)
        return from..<max(from, to)
    }

    /// Maps this map's source through `inner` (which made that source from
    /// another text): the map from `inner`'s source to this map's output.
    public func composed(onto inner: SourceMap) -> SourceMap {
        var b = Builder()
        for k in pieces.indices {
            let piece = pieces[k]
            let count = outputEnd(k) - Int(piece.output)
            guard piece.isCopy else {
                b.replace(inner.sourceRange(Int(piece.source), Int(piece.sourceEnd)), outputCount: count)
                continue
            }
            var at = Int(piece.source)
            let end = at + count
            var j = inner.piece(at: at)
            while at < end {
                let ip = inner.pieces[j]
                let stop = min(end, inner.outputEnd(j))
                if ip.isCopy { b.copy(Int(ip.source) + at - Int(ip.output), count: stop - at) }
                else { b.replace(Int(ip.source)..<Int(ip.sourceEnd), outputCount: stop - at) }
                at = stop
                j += 1
            }
        }
        return b.build(sourceLength: inner.sourceLength)
    }

    /// The index of the piece holding output position `p`.
    func piece(at p: Int) -> Int {
        var lo = 0, hi = pieces.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(pieces[mid].output) <= p { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    func outputEnd(_ k: Int) -> Int { k + 1 < pieces.count ? Int(pieces[k + 1].output) : length }

    private func sourceStart(_ p: Int) -> Int {
        let piece = pieces[piece(at: p)]
        return piece.isCopy ? Int(piece.source) + p - Int(piece.output) : Int(piece.source)
    }

    private func sourceEnd(_ p: Int) -> Int {
        let piece = pieces[piece(at: p)]
        return piece.isCopy ? Int(piece.source) + p - Int(piece.output) + 1 : Int(piece.sourceEnd)
    }

    /// Records a rewrite as it writes its output, front to back.
    public struct Builder: Sendable {
        var pieces: [Piece] = []
        /// Scalars written so far.
        public private(set) var length = 0

        public init() {}

        /// `count` output scalars taken one for one from `sourceStart`.
        public mutating func copy(_ sourceStart: Int, count: Int = 1) {
            guard count > 0 else { return }
            if let last = pieces.last, last.isCopy, Int(last.sourceEnd) == sourceStart {
                pieces[pieces.count - 1].sourceEnd += Int32(count)
            } else {
                pieces.append(Piece(output: Int32(length), source: Int32(sourceStart), sourceEnd: Int32(sourceStart + count), isCopy: true))
            }
            length += count
        }

        /// `outputCount` output scalars that together stand for `source`.
        ///
        /// One scalar for one (a run of one space kept as a space, a curly
        /// quote made plain) maps exactly as a copy does, so it is recorded as
        /// one and joins the copy pieces around it: otherwise every word of a
        /// text would cost two pieces (32 bytes), 60 MB on a 10 MB document.
        public mutating func replace(_ source: Range<Int>, outputCount: Int) {
            guard outputCount > 0 else { return }
            if outputCount == 1, source.count == 1 {
                copy(source.lowerBound)
                return
            }
            if let last = pieces.last, !last.isCopy, Int(last.source) == source.lowerBound, Int(last.sourceEnd) == source.upperBound {
                length += outputCount
                return
            }
            pieces.append(Piece(output: Int32(length), source: Int32(source.lowerBound), sourceEnd: Int32(source.upperBound), isCopy: false))
            length += outputCount
        }

        public func build(sourceLength: Int) -> SourceMap {
            SourceMap(pieces: pieces, length: length, sourceLength: sourceLength)
        }
    }
}
