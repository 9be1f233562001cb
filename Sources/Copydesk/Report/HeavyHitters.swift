/// The most frequent keys of a stream in bounded memory: the Space-Saving
/// sketch (Metwally, Agrawal and El Abbadi 2005).
///
/// At most `capacity` keys are counted. A new key when the table is full
/// takes the place of the least counted one and inherits its count as its
/// error bound, so a reported count over-estimates by at most `error`, and
/// every key more frequent than total / capacity is in the table. The minimum
/// is found through an indexed min-heap: O(log capacity) per update.
public struct HeavyHitters: Sendable {
    public struct Item: Sendable, Equatable {
        public var key: String
        public var count: Int
        /// How much of `count` may belong to keys this one replaced.
        public var error: Int
    }

    public let capacity: Int
    /// Every update, including those of keys no longer in the table.
    public private(set) var total = 0
    private var heap: [Item] = []
    private var position: [String: Int] = [:]

    public init(capacity: Int) { self.capacity = max(1, capacity) }

    public mutating func add(_ key: String, count: Int = 1) {
        total += count
        if let i = position[key] {
            heap[i].count += count
            siftDown(i)
        } else if heap.count < capacity {
            heap.append(Item(key: key, count: count, error: 0))
            position[key] = heap.count - 1
            siftUp(heap.count - 1)
        } else {
            let least = heap[0]
            position[least.key] = nil
            heap[0] = Item(key: key, count: least.count + count, error: least.count)
            position[key] = 0
            siftDown(0)
        }
    }

    /// The `n` most counted keys, most counted first (ties by key, so the
    /// order is the same on every run).
    public func top(_ n: Int) -> [Item] {
        Array(heap.sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }.prefix(n))
    }

    private mutating func siftUp(_ start: Int) {
        var i = start
        while i > 0 {
            let parent = (i - 1) / 2
            guard heap[i].count < heap[parent].count else { return }
            swapAt(i, parent)
            i = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var i = start
        while true {
            let l = 2 * i + 1, r = l + 1
            var least = i
            if l < heap.count && heap[l].count < heap[least].count { least = l }
            if r < heap.count && heap[r].count < heap[least].count { least = r }
            guard least != i else { return }
            swapAt(i, least)
            i = least
        }
    }

    private mutating func swapAt(_ a: Int, _ b: Int) {
        heap.swapAt(a, b)
        position[heap[a].key] = a
        position[heap[b].key] = b
    }
}
