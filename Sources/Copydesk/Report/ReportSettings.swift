/// Where the HTML run report goes and how many documents it shows: the
/// pipeline file's `report:` key or `copydesk run --report`.
public struct ReportSettings: Sendable, Equatable {
    public static let maxSamples = 50
    /// Characters of all samples together: at most 150,000 characters and
    /// (in the renderer) 4,000 highlights keep any report well under 2 MB.
    public static let sampleBudget = 150_000
    public static let markBudget = 4_000
    /// The HTML file; relative to the pipeline file when given there.
    public var path: String
    /// The first documents of the output shown in full (up to `sampleLength` characters).
    public var first: Int
    /// Documents drawn at random from the rest.
    public var random: Int
    /// Characters of each sample shown.
    public var sampleLength: Int

    public init(path: String, first: Int = 3, random: Int = 3, sampleLength: Int = 6000) {
        self.path = path
        self.first = first
        self.random = random
        self.sampleLength = sampleLength
    }
}
