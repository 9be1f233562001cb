/// The word lists of the entity rules, read from the bundled data files
/// (`BundledEntityResources`): lines starting with `#` are comments.

/// The names of a `kind<TAB>name` list: `entities/organisations.tsv` (made by
/// `Scripts/build_organisations.py`) and `entities/groups.tsv` (made by
/// `Scripts/build_groups.py`).
enum NameList {
    static func parse(tsv: String) -> Set<String> {
        var names = Set<String>()
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            names.insert(String(line[line.index(after: tab)...]))
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
