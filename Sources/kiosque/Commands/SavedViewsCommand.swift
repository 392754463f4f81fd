import Foundation
import KiosqueCore

/// The saved views for `kiosque list --view NAME` and `--views` (`$XDG_CONFIG_HOME/kiosque/views.json`).
enum SavedViewsCommand {
    /// The views of the user's file; a file that cannot be used is an error naming its place.
    static func load() throws -> [SavedView] {
        switch SavedViewsFile(directories: AppDirectories()).load() {
        case .success(let views): return views
        case .failure(let error): throw CommandFailure(message: Diagnostics.strings.describe(error), exitCode: ExitStatus.failure)
        }
    }

    /// The view named `name` (case and accents ignored); an unknown name is a usage error naming
    /// the nearest name and every saved one.
    static func find(_ name: String) throws -> SavedView {
        let views = try load()
        if let view = SavedViewsFile.find(name, in: views) { return view }
        guard !views.isEmpty else {
            throw CommandFailure(message: Diagnostics.strings.format(.cliViewsNone, ["name": name]), exitCode: ExitStatus.usage)
        }
        let names = views.map(\.name)
        let near = EditDistance.suggestion(for: SavedViewsFile.key(name), among: names.map(SavedViewsFile.key))
            .flatMap { key in names.first { SavedViewsFile.key($0) == key } }
        let values = ["name": name, "near": near ?? "", "names": names.joined(separator: ", ")]
        throw CommandFailure(message: Diagnostics.strings.format(near == nil ? .cliViewsUnknown : .cliViewsUnknownNear, values),
                             exitCode: ExitStatus.usage)
    }

    /// The view's criteria into `filter`, except those the command line gives (they replace the
    /// view's): sectors resolved against the taxonomy, the entity by its type and name, the search
    /// parsed as typed.
    static func apply(_ view: ListView, to filter: inout CorpusFilter, resolved: inout FilterOptions.Resolved,
                      options: FilterOptions) throws {
        if options.sectors.isEmpty, !view.sectors.isEmpty {
            let (classifier, selected) = try FilterOptions.sectors(view.sectors)
            resolved.classifier = classifier
            resolved.sectors = selected
            filter.sectors = selected
        }
        filter.match = view.sectorMatch
        if options.entity == nil, let entity = view.entity?.key { filter.entity = entity }
        filter.outlet = view.outlet
        if resolved.period == nil, let period = view.period {
            do { filter.period = try DatePeriod(parsing: period) } catch {
                throw CommandFailure(message: Diagnostics.strings.format(.cliViewsPeriod, ["period": period, "reason": Diagnostics.strings.periodError(error)]),
                                     exitCode: ExitStatus.failure)
            }
        }
        if let text = view.search, !text.isEmpty {
            do { filter.search = try SearchQuery(text) } catch {
                throw CommandFailure(message: Diagnostics.strings.format(.cliViewsSearch, ["text": text, "reason": Diagnostics.strings.searchQueryError(error)]),
                                     exitCode: ExitStatus.failure)
            }
        }
    }

    /// `--views`: one line per view (name, then its criteria), or a JSON array of the views.
    static func list(json: Bool) throws {
        let views = try load()
        if json {
            try Output.printJSON(views)
            return
        }
        for saved in views {
            let view = saved.view
            var parts: [String] = []
            if !view.sectors.isEmpty { parts.append("sectors=" + view.sectors.joined(separator: view.sectorMatch == .all ? "+" : ",")) }
            if let search = view.search, !search.isEmpty { parts.append("search=" + search) }
            if let entity = view.entity { parts.append("entity=\(entity.kind):\(entity.name)") }
            if let outlet = view.outlet { parts.append("outlet=" + outlet) }
            if let period = view.period { parts.append("period=" + period) }
            parts.append("order=" + view.order)
            Output.printFields([saved.name] + parts)
        }
    }
}
