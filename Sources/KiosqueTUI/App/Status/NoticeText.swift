import KiosqueCore

/// Notices worded for the status line of the frame being drawn.
extension StatusBarView {
    /// The words of a notice in the interface language; `room` is the width the message may take
    /// (a written review's path is cut from its start to fit, so its file name stays).
    static func text(of notice: Notice, _ state: AppState, room: Int) -> String {
        let strings = state.strings
        switch notice {
        case .bookmarkSaved: return strings[.bookmarkSaved]
        case .noteSaved: return strings[.noteSaved]
        case .noteKeptOnInterrupt: return strings[.noteKeptOnInterrupt]
        case .bookmarkCancelled: return strings[.bookmarkCancelled]
        case .bookmarkAlready: return strings[.bookmarkAlready]
        case .bookmarkReaderOnly: return strings[.bookmarkReaderOnly]
        case .bookmarkDetached: return strings[.bookmarkDetachedNotice]
        case .bookmarkDeleted: return strings.format(.bookmarkDeleted, ["undo": App.firstKeyName(.undoDelete, state)])
        case .bookmarkNothingToUndo: return strings[.bookmarkNothingToUndo]
        case .bookmarkRestored: return strings[.bookmarkRestored]
        case .bookmarkNotInCorpus(let location): return strings.format(.bookmarkNotInCorpus, ["location": location])
        case .bookmarkKeptInMemory(let error): return strings.format(.bookmarkKeptInMemory, ["reason": strings.storeError(error)])
        case .bookmarkChangeFailed(let error): return strings.format(.bookmarkChangeFailed, ["reason": strings.storeError(error)])
        case .storeWritten(let count): return strings.format(.storeWritten, ["count": strings.number(count)])
        case .exportNothing: return strings[.exportNothing]
        case .tagsSaved: return strings[.tagsSaved]
        case .exportWritten(let path, let passages):
            let key: StringKey = passages == 1 ? .exportWrittenOne : .exportWritten
            let values = ["count": strings.number(passages)]
            let left = room - DisplayWidth.of(strings.format(key, values.merging(["path": ""]) { $1 }))
            let shown = left >= 24 ? Truncation.truncateLeading(path, width: left) : path
            return strings.format(key, values.merging(["path": shown]) { $1 })
        case .exportFailed(let reason): return strings.format(.exportFailed, ["reason": reason])
        case .quitUnsaved(let count):
            return strings.format(.quitUnsaved, ["count": strings.number(count), "quit": App.firstKeyName(.quit, state)])
        case .openFailed(let issue): return strings.format(.openFailed, ["location": issue.location, "reason": strings.loadReason(issue.reason)])
        case .searchFailed(let reason): return strings.format(.searchFailed, ["reason": reason])
        case .searchQuery(let error): return strings.searchQueryError(error)
        case .searchNone: return strings.format(.searchNone, ["key": App.keyName(.search, state)])
        case .searchNoArticle(let query): return strings.format(.searchNoArticle, ["query": query])
        case .searchNoMatchHere: return strings[.searchNoMatchHere]
        case .searchLastMatch: return strings[.searchLastMatch]
        case .sectorPassageNoSector:
            return strings.format(.sectorPassageNoSector, ["key": App.keyName(.sectorPicker, state)])
        case .sectorPassageNone: return strings[.sectorPassageNone]
        case .sectorPassageLast: return strings[.sectorPassageLast]
        case .sectorPassageFirst: return strings[.sectorPassageFirst]
        case .searchFirstMatch: return strings[.searchFirstMatch]
        case .problemsNone: return strings[.problemsNone]
        case .noteLimit(let limit): return strings.format(.noteLimit, ["limit": strings.number(limit)])
        case .linkNone: return strings[.linkNone]
        case .linkNotWeb(let url): return strings.format(.linkNotWeb, ["url": Truncation.truncate(url, width: 40)])
        case .linkOpening(let command): return strings.format(.linkOpening, ["command": command])
        case .linkNoBrowser: return strings[.linkNoBrowser]
        case .linkFailed(let command, let status): return strings.format(.linkFailed, ["command": command, "status": String(status)])
        case .linkCopied: return strings[.linkCopied]
        case .linkCopyFailed: return strings[.linkCopyFailed]
        case .searchPosition(let current, let total):
            return strings.format(.searchPosition, ["current": strings.number(current), "total": strings.number(total)])
        case .storeKeptInMemory(let count, let error):
            return strings.format(.storeKeptInMemory, ["count": strings.number(count), "reason": strings.storeError(error)])
        case .indexFailed(let reason): return strings.format(.indexFailed, ["reason": reason])
        case .indexTemporary(let reason, let path): return strings.format(.indexTemporary, ["reason": reason, "path": path])
        case .indexUnavailable(let reason): return strings.format(.indexUnavailable, ["reason": reason])
        case .searchHistoryUnavailable(let reason): return strings.format(.searchHistoryUnavailable, ["reason": reason])
        case .readingUnavailable(let reason): return strings.format(.readingUnavailable, ["reason": reason])
        case .sectorUnavailable(let reason): return strings.format(.sectorUnavailable, ["reason": reason])
        case .sectorFileIgnored(let reason): return strings.format(.sectorFileIgnored, ["reason": reason])
        case .sectorUnknown(let name): return strings.format(.sectorUnknown, ["name": name])
        case .storeMovedAside(let file, let movedTo): return strings.format(.storeMovedAside, ["file": file, "movedTo": movedTo])
        case .storeUnreadable(let error): return strings.format(.storeUnreadable, ["reason": strings.storeError(error)])
        case .storeReadOnly(let file): return strings.format(.storeReadOnly, ["file": file])
        case .said(let words): return words.joined(separator: "; ")
        case .libraryEmpty: return strings[.libraryEmptyHint]
        case .feedsStarted: return strings[.feedsStarted]
        case .outletNone: return strings[.outletNone]
        case .feedsAlreadyRunning: return strings[.feedsAlreadyRunning]
        case .feedsNone: return strings[.fetchNoSubscriptions]
        case .feedsFailed(let reason): return strings.format(.fetchLibraryError, ["reason": reason])
        case .feedsFetched(let feeds, let added, let failed):
            let text = strings.format(.feedsFetched, ["feeds": strings.number(feeds), "added": strings.number(added)])
            return failed == 0 ? text : text + strings.format(.feedsFetchedFailures, ["failed": strings.number(failed),
                                                                                       "key": App.keyName(.problems, state)])
        case .listOrdered(let order): return strings.format(.listOrdered, ["order": ArticleListView.orderName(order, state)])
        case .markedRead: return strings[.readMarked]
        case .markedUnread: return strings[.readUnmarked]
        case .markedAllRead(let count):
            return strings.format(.readAllMarked, ["count": strings.number(count), "undo": App.firstKeyName(.undoMarkAll, state)])
        case .markAllUndone(let count): return strings.format(.readAllUndone, ["count": strings.number(count)])
        case .markAllNothingToUndo: return strings[.readNothingToUndo]
        case .unreadNoneAfter: return strings[.readNoneAfter]
        case .unreadNoneBefore: return strings[.readNoneBefore]
        case .readMarksUnavailable: return strings[.readMarksUnavailable]
        case .sideFolded: return strings.format(.layoutSideFolded, ["key": App.firstKeyName(.toggleSidePanel, state)])
        case .sideShown: return strings[.layoutSideShown]
        case .panelWidths(let list, let side):
            return strings.format(.layoutWidths, ["list": strings.number(list), "side": strings.number(side)])
        case .layoutFileIgnored(let reason): return strings.format(.layoutFileIgnored, ["reason": reason])
        case .exportCancelled: return strings[.exportCancelled]
        case .exportNothingInPeriod(let period): return strings.format(.exportNothingInPeriod, ["period": period])
        case .filterCleared: return strings.format(.filterCleared, ["undo": App.firstKeyName(.undoMarkAll, state)])
        case .filterRestored: return strings[.filterRestored]
        case .promptCancelled: return strings[.promptCancelled]
        case .periodInvalid(let error): return strings.format(.periodInvalid, ["reason": strings.periodError(error)])
        case .viewNameEmpty: return strings[.viewNameEmpty]
        case .viewSaved(let name): return strings.format(.viewSaved, ["name": SafeText.sanitize(name)])
        case .viewReplaced(let name): return strings.format(.viewReplaced, ["name": SafeText.sanitize(name)])
        case .viewsNone(let save): return strings.format(.viewsNone, ["save": save])
        case .viewRecalled(let name): return strings.format(.viewRecalled, ["name": SafeText.sanitize(name)])
        case .viewDeleted(let name, let undo): return strings.format(.viewDeleted, ["name": SafeText.sanitize(name), "undo": undo])
        case .viewRestored(let name): return strings.format(.viewRestored, ["name": SafeText.sanitize(name)])
        case .viewsNothingToUndo: return strings[.viewsNothingToUndo]
        case .viewsSaveFailed(let reason): return strings.format(.viewsSaveFailed, ["reason": reason])
        case .viewsFileBroken(let reason): return strings.format(.viewsFileBroken, ["reason": reason])
        case .viewEntityGone(let name): return strings.format(.viewEntityGone, ["name": SafeText.sanitize(name)])
        case .several(let notices): return notices.map { text(of: $0, state, room: room) }.joined(separator: "; ")
        }
    }

    /// The words of a notice for the status line as it is drawn now.
    static func text(of notice: Notice, _ state: AppState) -> String { text(of: notice, state, room: messageRoom(state)) }
}
