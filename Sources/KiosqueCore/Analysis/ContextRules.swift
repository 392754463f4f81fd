/// Types decided by the words around a name rather than by the name itself: places named by a cue
/// noun, institutions with a lower-case head, newspapers after an article, organisations ending
/// with a country, agency credits, capitalised words that belong to a common noun.
extension RecognitionPass {
    // MARK: places by context

    /// `la commune de Riorges`, `le maire de Besançon`, `la centrale de Fessenheim`: an unknown
    /// capitalised name after a place cue and `de` is LOC (the consistency pass then tags its
    /// other mentions). Listed names are left to `listedName`, people's names to the person rules.
    /// After a word of nearness (`près de Valbrune`, `au nord de Castelroc`) the same, but a
    /// capitalised common word is no place (`près de l'Arc de triomphe`).
    mutating func placeAfterCue(at i: Int) -> Int? {
        guard tokens[i].isLowercaseWord, has(i, [.placeCue, .nearnessCue]), let j = preposition(at: i + 1), j > i + 1,
              isCapitalWord(j), !tokens[j].isAllCaps, !taken[j], !sentenceStart[j], !has(j, .functionWord), !isTitleAbbreviation(j),
              categories[j].isDisjoint(with: [.anyName, .personCue, .organizationHead]),
              !has(j, .commonWord) || has(i, .placeCue) else { return nil }
        var end = j + 1
        while isCapitalWord(end), !taken[end], !sentenceStart[end], !has(end, .functionWord) { end += 1 }
        claim(.location, j, end)
        return end
    }

    /// `Pontarlier (Doubs)`: an unknown capitalised word followed by a listed region in brackets.
    func isFollowedByRegionInBrackets(_ end: Int) -> Bool {
        guard end + 2 < tokens.count, tokens[end].text == "(", tokens[end + 2].text == ")" else { return false }
        return has(end + 1, .region) && isCapitalWord(end + 1)
    }

    // MARK: institutions

    /// `tribunal administratif de Cergy`, `conseil départemental du Nord`, `cour d'appel de Paris`,
    /// `gendarmerie nationale`, `CHU de Rouen`: a lower-case institution noun (or a listed head in
    /// capitals), its adjectives and complements, and either a named place after `de` or
    /// `nationale` (`le conseil national` of a party is no name); one ORG span, no LOC inside.
    mutating func institution(at i: Int) -> Int? {
        let byPlace = has(i, .institutionByPlace) && tokens[i].kind == .word
            && (tokens[i].isLowercaseWord || tokens[i].isAllCaps && tokens[i].length >= 3)
        guard byPlace || tokens[i].isLowercaseWord && has(i, .institutionHead) else { return nil }
        // `une université des Hauts-de-Seine`: one of several, no name.
        if i > 0, has(i - 1, .indefinite) { return nil }
        var j = i + 1
        var national = false
        var steps = 0
        while steps < 3, j < tokens.count, !taken[j] {
            if isWord(j), tokens[j].isLowercaseWord, looksAdjectival(j) {
                if tokens[j].folded == "nationale" { national = true }
                j += 1
            } else if let after = preposition(at: j), after == j + 1, isWord(after), tokens[after].isLowercaseWord,
                      !has(after, .functionWord), !has(after, .institutionHead), preposition(at: after + 1) != nil {
                j = after + 1 // `cour d'appel de`, `conseil de prud'hommes de`
            } else {
                break
            }
            steps += 1
        }
        // `tribunal de Créteil`, `université de Lille` (`institution-heads-by-place.txt`); other
        // heads need a qualifier first (`la cour d'Angleterre`, `la police de Belgrade` are no
        // names). The place is a name, not a capitalised common noun.
        let qualified = j > i + 1 || byPlace
        if qualified, let place = preposition(at: j), isCapitalWord(place), !tokens[place].isAllCaps, !taken[place],
           !sentenceStart[place], !isInitial(place), !has(place, .functionWord),
           categories[place].isDisjoint(with: [.givenName, .personCue]),
           !has(place, .commonWord) || !categories[place].isDisjoint(with: .anyLocation) {
            var end = place + 1
            if let listed = match(from: place, wanted: .anyLocation) { end = max(end, listed.end) }
            while isCapitalWord(end), !taken[end], !sentenceStart[end], !has(end, .functionWord), !has(end, .givenName) { end += 1 }
            if let part = placePartEnd(after: end) { end = part }
            claim(.organization, i, end)
            return end
        }
        guard national, j > i + 1 else { return nil }
        claim(.organization, i, j)
        return j
    }

    /// `le lycée Michelet`, `l'hôpital Necker`, `le collège Jean-Moulin`: a lower-case noun of a
    /// school, a hospital or a museum (`eponym-institutions.txt`) and the name right after it are
    /// one ORG, as `Lycée Michelet` is with a capital head; the name is not the person. A listed
    /// place after the noun is left to the place rules (`l'hôpital Saint-Louis`).
    mutating func eponymInstitution(at i: Int) -> Int? {
        let j = i + 1
        guard tokens[i].isLowercaseWord, has(i, .eponymInstitution), isCapitalWord(j), !tokens[j].isAllCaps, !taken[j],
              !sentenceStart[j], !has(j, .functionWord), !isTitleAbbreviation(j), !isRomanOrdinal(j),
              !has(j, .anyLocation) else { return nil }
        var end = j + 1
        while end < tokens.count, !taken[end], !sentenceStart[end] {
            if isCapitalWord(end), !has(end, .functionWord) {
                end += 1
            } else if end == j + 1, has(end, .nameParticle), isGivenName(j), !tokens[j].text.contains("-"), isCapitalWord(end + 1),
                      !has(end + 1, [.functionWord, .anyLocation]), !taken[end + 1] {
                end += 2 // `le lycée Charles de Gaulle`, not `le lycée Edouard-Branly de Créteil`
            } else {
                break
            }
        }
        claim(.organization, i, end)
        return end
    }

    // MARK: newspapers and agencies

    /// `Le Parisien`, `La Croix`, `Les Echos` mid-sentence, `selon l'Opinion`: a capitalised
    /// article (or any article after `selon`/`d'après`) before a capitalised word that no list
    /// names as a place or a person is a title: ORG without the article.
    mutating func titleAfterArticle(at i: Int) -> Int? {
        // Cheap tests first: this runs at every word.
        guard !taken[i], tokens[i].length <= 3 else { return nil }
        guard Self.isDefiniteArticle(folded(i)) else { return nil }
        let afterSelon = i > 0 && (folded(i - 1) == "selon" || folded(i - 1) == "d'apres" || folded(i - 1) == "après"
            && folded(i - 2) == "d'")
        // Mid-sentence: after a lower-case word that is no preposition of place (`canal de La
        // Bassée`, `à La Rochelle`), not in a headline in capitals.
        let capitalArticle = tokens[i].isCapitalized && !tokens[i].isAllCaps && !sentenceStart[i] && tokens[i].kind == .word
            && i > 0 && tokens[i - 1].isLowercaseWord && !has(i - 1, .locationPreposition) && preposition(at: i - 1) == nil
            && !["de", "à"].contains(folded(i - 1))
        guard afterSelon || capitalArticle else { return nil }
        let j = i + 1
        // A listed title (`Le Parisien`): the name without its article.
        if let listed = match(from: i, wanted: .anyName), listed.end > j, listed.categories.contains(.organization) {
            for k in j..<listed.end where taken[k] { return nil }
            claim(.organization, j, listed.end)
            return listed.end
        }
        // `selon le Premier ministre`: a role of several words is no title.
        guard isCapitalWord(j), !tokens[j].isAllCaps, !taken[j], !has(j, .functionWord), !has(j, .personCue),
              match(from: j, wanted: .personCue) == nil, movementSpanEnd(at: j) == nil,
              !has(j, .organizationHead), categories[j].isDisjoint(with: [.anyLocation, .surname, .seatOfPower]),
              !has(j, .givenName) || has(j, .organization),
              match(from: i, wanted: .anyName) == nil else { return nil }
        // A title is a common word (`Le Parisien`, `le Monde`, `l'Opinion`) or a listed name;
        // `Le Pen`, `Le Drian` are surnames, `Le Maire` too (a cue noun).
        guard has(j, .organization) || has(j, .commonWord) && !has(j, [.placeCue, .personCue, .portfolioCue]) else { return nil }
        var end = j + 1
        if let listed = match(from: j, wanted: .organization) { end = max(end, listed.end) }
        // One word (`Le Parisien`), or a listed title: `Le Belge Hendryck Van den Brande` is a
        // person, `Le Tour d'Italie` an event.
        if isCapitalWord(end) && !sentenceStart[end] { return nil }
        if let after = preposition(at: end), isCapitalWord(after) { return nil }
        claim(.organization, j, end)
        return end
    }

    /// `du Monde`, `au Parisien`, `des Républicains`: a contraction holds the article of a listed
    /// title (`Le Monde`, `Les Républicains`): ORG without it, as after the article itself.
    mutating func titleAfterContraction(at i: Int) -> Int? {
        let j = i + 1
        // Cheap tests first: this runs at most words.
        guard tokens[i].length <= 3, isCapitalWord(j), !tokens[j].isAllCaps, !sentenceStart[j], !taken[j],
              let article = Self.contractedArticle(folded(i)) else { return nil }
        let articleNode = lexicon.firstNode(article)
        guard articleNode >= 0, let node = lexicon.nodes[Int(articleNode)].children[tokens[j].folded],
              let listed = lexicon.longestMatch(in: tokens, from: j, first: node, wanted: .organization) else { return nil }
        // The entry's words after its article must show the entry's capitals.
        for k in j..<listed.end where listed.capitalMask & (1 << UInt64(min(k - j + 1, 63))) != 0 {
            if !(tokens[k].isCapitalized || tokens[k].isAllCaps) || taken[k] { return nil }
        }
        claim(.organization, j, listed.end)
        return listed.end
    }

    /// The definite article a contraction holds: `du`, `au` -> `le`; `des`, `aux` -> `les`.
    static func contractedArticle(_ folded: String) -> String? {
        switch folded {
        case "du", "au": return "le"
        case "des", "aux": return "les"
        default: return nil
        }
    }

    /// `le`, `la`, `les`, `l'`: the articles before a title (`titleAfterArticle`), a switch since it
    /// is asked at most words.
    static func isDefiniteArticle(_ folded: String) -> Bool {
        switch folded {
        case "le", "la", "les", "l'": return true
        default: return false
        }
    }

    /// `SAGUENAY — Le maire...`, `KATOWICE | Les négociations...`: a word in capitals opening a line
    /// before a dash or a bar is a dateline, the place the story is filed from (LOC), unless a
    /// list names it a body or no name (`VIDÉO - ...` takes a hyphen and is no place).
    mutating func dateline(at i: Int) -> Int? {
        guard tokens[i].isAllCaps, tokens[i].kind == .word, tokens[i].length >= 3, i == 0 || tokens[i].startsLine,
              i + 1 < tokens.count, ["|", "—", "–"].contains(tokens[i + 1].text),
              categories[i].isDisjoint(with: [.anyOrganization, .notOrganization, .notName, .functionWord, .givenName]) else { return nil }
        claim(.location, i, i + 1)
        return i + 1
    }

    /// `(afp)`, `(ap)`, `(ats, afp)`, `/ afp`: an agency credited in lower case in brackets, in a
    /// list of credits, or after a slash at the end of a line; listed organisations only.
    mutating func agencyCredit(at i: Int) -> Int? {
        guard i > 0, has(i, .organization), tokens[i].isLowercaseWord, !taken[i] else { return nil }
        let before = tokens[i - 1].text
        let lineEnds = i + 1 == tokens.count || tokens[i + 1].startsLine
        let after = lineEnds ? "" : tokens[i + 1].text
        let opens = before == "(" || before == "/" || before == "," && i >= 3 && taken[i - 2] && tokens[i - 2].isLowercaseWord
        guard opens, after == ")" || after == "," || after == "" && before != "(",
              let listed = match(from: i, wanted: .organization), listed.end == i + 1,
              listed.canonical?.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }) == true else { return nil }
        claim(.organization, i, i + 1, canonical: listed.canonical)
        return i + 1
    }

    // MARK: organisations ending with a country

    /// `Campus France`, `Business France`, `Greenpeace France` (with `listedName`): a capitalised
    /// word that is no place or person, right before a country, names one organisation with it;
    /// so does a word no list knows before a city (`Alternatiba Paris`, `les Zouaves Paris`);
    /// at a sentence start only a word no list knows (`Oxfam France a publié`, `«Choose France»`).
    mutating func organizationBeforeCountry(at i: Int) -> Int? {
        guard isCapitalWord(i), !tokens[i].isAllCaps, !taken[i], !sentenceStart[i] || categories[i].isEmpty,
              !has(i, .functionWord), !has(i, .personCue), !has(i, .notOrganization),
              categories[i].isDisjoint(with: [.anyLocation, .givenName, .surname, .month, .weekday]),
              let end = placeEnd(after: i + 1) ?? (categories[i].isEmpty && !has(i + 1, .nameParticle) ? placeEnd(after: i + 1, wanted: .city) : nil),
              !has(end, .nameParticle) else { return nil }
        claim(.organization, i, end)
        return end
    }

    /// The end of a place of the `wanted` kind written right after, in the same sentence: a
    /// country by default (`France` of `Campus France`), a city with `wanted: .city` (`Paris` of
    /// `Alternatiba Paris`).
    func placeEnd(after j: Int, wanted: LexiconCategory = .country) -> Int? {
        guard isCapitalWord(j), !tokens[j].isAllCaps, !taken[j], !sentenceStart[j], tokens[j].range.start > tokens[j - 1].range.end,
              let country = match(from: j, wanted: wanted), !isCapitalWord(country.end) else { return nil }
        return country.end
    }

    // MARK: common nouns and their complements

    /// `vacances de Noël`, `marché de Noël`: a lone capitalised word that is also a common word and
    /// otherwise only a given name, after a lower-case common noun and `de`, belongs to that noun
    /// and names nothing (places and surnames stay: `l'appui de Paris`, `le silence de Macron`).
    func belongsToCommonNoun(_ i: Int) -> Bool {
        guard has(i, .commonWord), !isCapitalWord(i + 1), i >= 2,
              categories[i].isDisjoint(with: [.anyLocation, .anyOrganization, .surname]) else { return false }
        let prep = folded(i - 1)
        let nounIndex: Int
        switch prep {
        case "de", "du", "des", "d'": nounIndex = i - 2
        default: return false
        }
        guard isWord(nounIndex), tokens[nounIndex].isLowercaseWord, has(nounIndex, .commonWord) else { return false }
        return !has(nounIndex, [.functionWord, .personCue, .placeCue, .portfolioCue, .organizationCue, .institutionHead,
                                .locationHead, .locationPreposition, .awardCue])
    }

    /// `Gilets jaunes`, `Bonnets rouges`, `Gilets Jaunes`: a plural noun and its colour adjective
    /// name a movement of people, which is none of our types.
    /// Its words are marked taken so that no later pass tags them.
    mutating func movementEnd(at i: Int) -> Int? {
        guard let end = movementSpanEnd(at: i), !taken[i], !taken[i + 1] else { return nil }
        taken[i] = true
        taken[i + 1] = true
        return end
    }

    func movementSpanEnd(at i: Int) -> Int? {
        // Cheap tests first: this runs at every word.
        guard isWord(i), isWord(i + 1), tokens[i].length > 3, tokens[i + 1].length >= 4,
              let last = tokens[i].folded.utf8.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "x"),
              tokens[i + 1].folded.utf8.last == UInt8(ascii: "s"),
              !has(i, .anyName) || sentenceStart[i], Self.colourAdjectives.contains(tokens[i + 1].folded) else { return nil }
        return i + 2
    }

    static let colourAdjectives: Set<String> = ["jaunes", "rouges", "verts", "vertes", "noirs", "noires", "bleus",
                                                "bleues", "blancs", "blanches", "roses", "oranges", "violets"]

    // MARK: hyphenated pairs

    /// `Russie-Afrique`, `Paris-Berlin`, `Bordeaux-Paris`: a hyphenated word whose every part is a
    /// listed country, city or organisation (a region or an area only beside a country or a city, no cardinal
    /// point: not `Rhône-Alpes`, `Sud-Est`; a city that is also a common word only beside a part that
    /// is not: `Bordeaux-Paris`, not `Tours-Bordeaux`) is one entity per part (code point ranges
    /// inside the token).
    func hyphenatedParts(_ i: Int) -> [(kind: EntityKind, range: TextRange)]? {
        let token = tokens[i]
        guard token.kind == .word, token.text.unicodeScalars.contains(where: FrenchTokenizer.isHyphen),
              lexicon.categories(ofWord: token.folded).isDisjoint(with: .anyName) else { return nil }
        var parts: [(kind: EntityKind, range: TextRange)] = []
        var offset = token.range.start
        var countries = 0, cities = 0, areas = 0, commonCities = 0, articles = 0
        let split = token.text.split(omittingEmptySubsequences: false, whereSeparator: { FrenchTokenizer.isHyphen($0.unicodeScalars.first ?? " ") })
        for (n, part) in split.enumerated() {
            let length = part.unicodeScalars.count
            defer { offset += length + 1 }
            guard part.unicodeScalars.first?.properties.isUppercase == true else { return nil }
            let folded = Folding.fold(String(part))
            // `RTL-Le Figaro-LCI`: a last part that is an article opens the next word's title.
            if n == split.count - 1, n > 0, Self.isDefiniteArticle(folded), isCapitalWord(i + 1) {
                articles += 1
                continue
            }
            let c = lexicon.categories(ofWord: folded)
            if Self.cardinalPoints.contains(folded) { return nil }
            // A city that is also a common word and a region is a city (`Paris`, `paris` are bets).
            if c.contains(.country) || c.contains(.city) && (!c.contains(.commonWord) || c.contains(.region)) {
                if c.contains(.country) { countries += 1 } else { cities += 1 }
                parts.append((.location, TextRange(offset, offset + length)))
            } else if !c.isDisjoint(with: [.region, .place]) {
                // `Bruxelles-Paris`, `Bretagne-Paris`: an area beside a city or a country.
                areas += 1
                parts.append((.location, TextRange(offset, offset + length)))
            } else if c.contains(.city) {
                commonCities += 1
                parts.append((.location, TextRange(offset, offset + length)))
            } else if !c.isDisjoint(with: .anyOrganization) {
                parts.append((.organization, TextRange(offset, offset + length)))
            } else {
                return nil
            }
        }
        return parts.count + articles >= 2 && (areas == 0 || countries + cities > 0) && commonCities < parts.count ? parts : nil
    }
}

extension RecognitionPass {
    // MARK: acronyms spelled out

    /// True when the acronym at `i` sits in brackets right after its spelled-out form (or before
    /// it: `la CSG (contribution sociale généralisée)`) and that form was not found to be an
    /// organisation: `la Contribution sociale généralisée (CSG)` names a tax, not a body.
    func spelledOutAsNoOrganization(_ i: Int) -> Bool {
        let letters = Array(tokens[i].folded.unicodeScalars)
        guard letters.count >= 2 else { return false }
        if i >= 2, tokens[i - 1].text == "(", i + 1 < tokens.count, tokens[i + 1].text == ")" {
            // Spelled out before the bracket: the initials of the content words, read backwards.
            var k = i - 2
            var remaining = letters.count
            var firstOfForm = -1
            while k >= 0, remaining > 0, i - 2 - k < 12, isWord(k) || tokens[k].kind == .elision {
                if has(k, .functionWord) || tokens[k].kind == .elision { k -= 1; continue }
                guard let initial = tokens[k].folded.unicodeScalars.first, initial == letters[remaining - 1] else { break }
                remaining -= 1
                firstOfForm = k
                k -= 1
            }
            guard remaining == 0, firstOfForm >= 0 else { return false }
            return !found.contains { $0.kind == .organization && $0.start <= firstOfForm && firstOfForm < $0.end }
        }
        if i + 3 < tokens.count, tokens[i + 1].text == "(" {
            var k = i + 2
            var matched = 0
            while k < tokens.count, matched < letters.count, k - i < 14, isWord(k) || tokens[k].kind == .elision {
                if has(k, .functionWord) || tokens[k].kind == .elision { k += 1; continue }
                guard let initial = tokens[k].folded.unicodeScalars.first, initial == letters[matched] else { break }
                matched += 1
                k += 1
            }
            // Spelled out in lower case after it: a common noun phrase, not a name.
            return matched == letters.count && k < tokens.count && tokens[k].text == ")" && tokens[i + 2].isLowercaseWord
        }
        return false
    }

    /// Replaces a LOC or ORG made of one hyphenated token whose parts are each a listed name
    /// (`Russie-Afrique`) by one entity per part.
    mutating func splitHyphenatedPairs() {
        var index = 0
        while index < found.count {
            let f = found[index]
            guard f.kind != .date, f.part == nil, f.end == f.start + 1, let parts = hyphenatedParts(f.start) else {
                index += 1
                continue
            }
            found.remove(at: index)
            for part in parts {
                found.append(Found(kind: part.kind, start: f.start, end: f.end, canonical: nil, part: part.range))
            }
        }
    }
}

extension RecognitionPass {
    // MARK: places by coordination

    /// `Trèbes et Carcassonne`, `Boa Vista et Pacaraima`, `(Riorges, Paris, Dijon)`: an unknown
    /// capitalised word joined by `et`/`ou`/a comma to a place found is a place too. Words some
    /// list knows (people, organisations, common words) are left alone.
    mutating func findCoordinatedPlaces() {
        guard found.contains(where: { $0.kind == .location }) else { return }
        var locationAt = Array(repeating: false, count: tokens.count)
        for f in found where f.kind == .location {
            for k in f.start..<f.end { locationAt[k] = true }
        }
        for i in tokens.indices where !taken[i] && isCapitalWord(i) && !tokens[i].isAllCaps && !sentenceStart[i] {
            guard firstNodes[i] < 0 || categories[i].isEmpty, !isInitial(i), tokens[i].length >= 3,
                  !isCapitalWord(i + 1), i == 0 || !isCapitalWord(i - 1) else { continue }
            // `rue des Minimes, Emanuel et Miriam Riva`: a word paired with a name that is no place
            // belongs to that pair, not to the place before the comma.
            if folded(i - 1) == ",", folded(i + 1) == "et" || folded(i + 1) == "ou", isCapitalWord(i + 2), !locationAt[i + 2] { continue }
            let before = i >= 2 && Self.coordinators.contains(folded(i - 1)) && locationAt[i - 2]
            let after = i + 2 < tokens.count && Self.coordinators.contains(folded(i + 1)) && locationAt[i + 2]
            if before || after {
                claim(.location, i, i + 1)
                locationAt[i] = true
            }
        }
    }

    static let coordinators: Set<String> = ["et", "ou", ","]
}
