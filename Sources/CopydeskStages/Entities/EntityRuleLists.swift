/// The word lists of the entity rules, read from the bundled data files
/// (`BundledEntityResources`): lines starting with `#` are comments.

/// The names of a list whose name is the last field of a line:
/// `entities/organisations.tsv` and `entities/groups.tsv` (`kind<TAB>name`,
/// made by `Scripts/build_organisations.py` and `Scripts/build_groups.py`),
/// `entities/works.tsv` (a word a line).
enum NameList {
    static func parse(tsv: String) -> Set<String> {
        var names = Set<String>()
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let name = line.lastIndex(of: "\t").map { line[line.index(after: $0)...] } ?? line
            if !name.isEmpty { names.insert(String(name)) }
        }
        return names
    }
}

/// The titles of `entities/titles.tsv` (`title[<TAB>place]` lines).
struct NameTitles: Sendable {
    /// Every title.
    var all: Set<String> = []
    /// The titles of the head of a place ("mayor", "governor").
    var ofPlaces: Set<String> = []

    init(tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard let word = fields.first else { continue }
            all.insert(String(word))
            if fields.count > 1, fields[1] == "place" { ofPlaces.insert(String(word)) }
        }
    }
}
