/// PER, LOC and ORG from the word lists and French context cues, one left-to-right scan.
extension RecognitionPass {
    mutating func findNames() {
        var i = 0
        while i < tokens.count {
            if taken[i] || tokens[i].kind == .punctuation || tokens[i].kind == .quote || tokens[i].kind == .number {
                i += 1
                continue
            }
            // Most words are lower-case words that open no rule: only a movement may start there.
            let next = skipsIdleWords && opensNoRule(i) ? movementEnd(at: i) : firstRule(at: i)
            if let next {
                i = max(next, i + 1)
            } else {
                i += 1
            }
        }
    }

    /// Categories a lower-case word must have, or lead to in a phrase, for a rule of `firstRule`
    /// other than `movementEnd` to apply at it (capitalised words, elisions, the articles `le`,
    /// `la`, `les` of `titleAfterArticle` and the contractions of `titleAfterContraction` are
    /// always tried).
    static let lowercaseOpeners: LexiconCategory = [.awardCue, .portfolioCue, .personCue, .organizationCue, .institutionHead,
                                                    .placeCue, .nearnessCue, .organization, .anyName, .locationHead,
                                                    .eponymInstitution]

    /// True when no rule but `movementEnd` can apply at `i`: a lower-case word, no article, whose
    /// list entries, and the phrases they begin, hold none of `lowercaseOpeners`.
    func opensNoRule(_ i: Int) -> Bool {
        guard tokens[i].isLowercaseWord else { return false }
        if tokens[i].length <= 3, Self.isDefiniteArticle(tokens[i].folded)
            || isCapitalWord(i + 1) && Self.contractedArticle(tokens[i].folded) != nil { return false }
        let node = firstNodes[i]
        return node < 0 || lexicon.nodes[Int(node)].reachable.isDisjoint(with: Self.lowercaseOpeners)
    }

    /// The first rule that applies at `i`, in order of precedence: the end of what it claimed or
    /// passed over.
    mutating func firstRule(at i: Int) -> Int? {
        if let next = award(at: i) ?? movementEnd(at: i) ?? portfolio(at: i) ?? personAfterCue(at: i) { return next }
        if let next = organizationAfterCue(at: i) ?? institution(at: i) ?? eponymInstitution(at: i) ?? placeAfterCue(at: i) { return next }
        if let next = titleAfterArticle(at: i) ?? titleAfterContraction(at: i) ?? agencyCredit(at: i) ?? organizationBeforeCountry(at: i) { return next }
        if let next = dateline(at: i) ?? road(at: i) { return next }
        if let next = listedName(at: i) ?? organizationHead(at: i) ?? locationHead(at: i) { return next }
        return acronym(at: i) ?? capitalRun(at: i)
    }

    // MARK: awards

    /// `prix Nobel de la paix`, `prix Goncourt`, `la Coupe Davis`: an award or a cup is none of our
    /// types, so its capitalised words are passed over (the consistency pass may still find them
    /// elsewhere). The cue may be capitalised mid-sentence (`la Coupe Davis`).
    func award(at i: Int) -> Int? {
        guard tokens[i].kind == .word, tokens[i].isLowercaseWord || tokens[i].isCapitalized && !tokens[i].isAllCaps && !sentenceStart[i],
              has(i, .awardCue), isCapitalWord(i + 1), !taken[i + 1] else { return nil }
        var j = i + 1
        while isCapitalWord(j), !taken[j], !sentenceStart[j] { j += 1 }
        return j
    }

    // MARK: ministries and portfolios

    /// `ministère (malien) des Affaires étrangères` (ORG from `ministère`), `ministre de la Culture`
    /// (ORG `Culture`), chained with `et de la Coopération internationale`.
    mutating func portfolio(at i: Int) -> Int? {
        guard let cue = match(from: i, wanted: .portfolioCue) else { return nil }
        var j = cue.end
        // One or two adjectives: `ministère malien des`, `ministre délégué chargé de`.
        var skipped = 0
        while skipped < 2, isWord(j), tokens[j].isLowercaseWord, !has(j, .functionWord) { j += 1; skipped += 1 }
        // `secrétaire d'État à l'Intérieur`, `au Numérique`: `à` also introduces a portfolio.
        guard let nameStart = preposition(at: j) ?? datives(at: j), let first = portfolioName(at: nameStart) else { return nil }
        var end = first
        var names = [(nameStart, first)]
        while folded(end) == "et", let afterPrep = preposition(at: end + 1) ?? (isCapitalWord(end + 1) ? end + 1 : nil),
              let more = portfolioName(at: afterPrep) {
            names.append((afterPrep, more))
            end = more
        }
        // `les ministres de l'Intérieur et de la Justice`: two people, two portfolios, two ORGs;
        // `le ministre de l'Europe et des Affaires étrangères` holds one portfolio.
        if names.count > 1, tokens[i].folded.hasSuffix("s") {
            for (start, stop) in names { claim(.organization, start, stop) }
            return end
        }
        // A body (`ministère`, `secrétariat d'État`) is named from its noun on; a person's role
        // (`ministre`, `commissaire`) names only the portfolio. A parliament's commission is a body
        // when its field follows at once (`commission des Lois`), not a body or place named after
        // it (`la commission économique du PCF`, `une commission à l'Assemblée`: the PCF, the Assemblée).
        let commission = folded(i) == "commission" && skipped == 0 && preposition(at: j) != nil
            && categories[nameStart].isDisjoint(with: [.anyLocation, .anyOrganization])
        let startsWithCue = folded(i).hasPrefix("minister") || folded(i).hasPrefix("secretariat") || commission
        claim(.organization, startsWithCue ? i : nameStart, end)
        return end
    }

    /// `à la`, `à l'`, `au`, `aux`: returns the index after them.
    func datives(at i: Int) -> Int? {
        switch folded(i) {
        case "au", "aux": return i + 1
        case "a", "à": return folded(i + 1) == "la" || folded(i + 1) == "l'" ? i + 2 : nil
        default: return nil
        }
    }

    /// A portfolio name at `i`: a listed one (`Affaires étrangères`) or capitalised words followed
    /// by at most one lower-case adjective (`Transition écologique`).
    func portfolioName(at i: Int) -> Int? {
        // `le Premier ministre propose aux Français`: a word that names nothing names no portfolio.
        guard isCapitalWord(i), !taken[i], !has(i, .notName) else { return nil }
        if let listed = match(from: i, wanted: .portfolio) { return listed.end }
        // `le ministère de Benjamin Griveaux`, `ministre de Nicolas Sarkozy`: a person, no portfolio.
        if isGivenName(i), isCapitalWord(i + 1), !sentenceStart[i + 1] { return nil }
        var j = i
        while isCapitalWord(j), !taken[j] { j += 1 }
        if isWord(j), tokens[j].isLowercaseWord, looksAdjectival(j) { j += 1 }
        return j
    }

    /// French adjective endings (`nationale`, `étrangères`, `constitutionnel`, `écologique`).
    func looksAdjectival(_ i: Int) -> Bool {
        guard !has(i, .functionWord) else { return false }
        let w = tokens[i].folded
        for suffix in Self.adjectiveSuffixes where w.hasSuffix(suffix) { return w.count > suffix.count + 2 }
        return false
    }

    static let adjectiveSuffixes = [
        "ale", "ales", "aux", "al", "elle", "elles", "el", "els", "ique", "iques", "ienne", "iennes", "ien", "iens", "oyenne", "oyennes", "oyen", "oyens",
        "aise", "aises", "ais", "aine", "aines", "ain", "ains", "aire", "aires", "iere", "ieres", "ier", "iers",
        "ive", "ives", "if", "ifs", "ee", "ees", "eenne", "eens", "ele", "ois", "oise", "oises",
    ]

    // MARK: people

    /// `M. Lavrov`, `Colonel Sadio Camara`, `le président vénézuélien Nicolas Maduro`: the name after
    /// a title or role, without it.
    mutating func personAfterCue(at i: Int) -> Int? {
        guard let cue = match(from: i, wanted: .personCue) else { return nil }
        var j = cue.end
        var skipped = 0
        while skipped < 2, isWord(j), tokens[j].isLowercaseWord, !has(j, .functionWord), !has(j, .personCue) {
            j += 1; skipped += 1
        }
        if folded(j) == "," { j += 1 }
        // `le député, M. Le Gendre`: the title that follows is a cue of its own.
        guard isCapitalWord(j), !taken[j], !has(j, .functionWord), !isTitleAbbreviation(j),
              categories[j].isDisjoint(with: Self.strongNames) || has(j, .givenName) else { return nil }
        // `le père Noël`: a feast after the cue is no person's name; nor is a word that names no
        // one (`le président Français`).
        if has(j, .holiday), !isCapitalWord(j + 1) { return nil }
        if has(j, .notName) { return nil }
        // `un mari gênant PARIS, 15 (Havas)`: a place in capitals opens a dateline, no name.
        if tokens[j].isAllCaps, !categories[j].isDisjoint(with: .anyLocation) { return nil }
        // `le député Insoumis Éric Coquerel`: a capitalised cue of its own (a party member's label)
        // before a given name is no part of the name.
        if has(j, .personCue), !has(j, .givenName), isGivenName(j + 1), !sentenceStart[j + 1], !taken[j + 1] { j += 1 }
        // `le député LFI Bastien Lachaud`: a party's acronym between the role and the name is no
        // part of the name (ORG when the acronym rule takes it).
        if tokens[j].isAllCaps, isCapitalWord(j + 1), !tokens[j + 1].isAllCaps, !sentenceStart[j + 1], !has(j + 1, .functionWord) {
            // `secrétaire régional FGTB Wallonie`: the acronym and a place name a branch, no person.
            if let end = acronymBranchEnd(j) {
                claim(.organization, j, end)
                return end
            }
            // The name after a party starts with a given name (`LREM Stanislas Guerini`); otherwise
            // the acronym alone is read (`FGTB Mons-Borinage`).
            guard isGivenName(j + 1) else { return acronym(at: j) ?? (j + 1) }
            _ = acronym(at: j)
            j += 1
            guard !taken[j] else { return nil }
        }
        let end = nameRunEnd(from: j)
        claim(.person, j, end)
        return end
    }

    /// Capitalised words and particles between them (`François de Rugy`, `Myriam El Khomri`).
    /// A name keeps one case: a word in capitals and a word in lower case with a capital are two
    /// names (`Kellogg PARIS`, `CLARA MARC Guy Bovet`: a credit or a dateline beside a name), but
    /// `Jean DUPONT`, a given name before a surname in capitals, is one; a title inside ends the
    /// name (`Courrèges Mademoiselle Chanel`).
    func nameRunEnd(from start: Int) -> Int {
        var j = start + 1
        var lastCase = caseClass(start)
        while j < tokens.count, !taken[j] {
            // `Hartley Brothers de Norton`: a company's designator ends its name.
            if has(j - 1, .organizationSuffix), isCapitalWord(j - 1) { break }
            if isInitial(j - 1), isCapitalWord(j + 1) {
                // `le plan B. Il`: a pronoun after an initial starts a sentence.
                if changesCase(from: lastCase, to: j + 1) || has(j + 1, .functionWord) && tokens[j + 1].length > 1 { break }
                j += 2 // `F. Honegger`: the dot after an initial
            } else if isCapitalWord(j), !has(j, .functionWord) {
                if sentenceStart[j] || has(j, .personCue) && isCapitalWord(j + 1) || changesCase(from: lastCase, to: j, alone: j == start + 1) { break }
                // `Sylvain Pattieu Écrivain et maître de conférences`: a profession after a full
                // name is the byline's, not the name's (`Louis Pasteur` keeps its second word).
                if j >= start + 2, has(j, .personCue), categories[j].isDisjoint(with: [.givenName, .surname]) { break }
                // `Fabien Roussel Oui, nous…`, `Hélène Bidard Membre du…`: an interview's speaker, then
                // the answer's first word. A common word after a person's full name (opened by a
                // given name), before no other capitalised word, is no part of it; a company's
                // designator is (`Jamel Comedy Club`), and so is a surname after a particle (`Eric
                // Van Brabant`).
                // Nor is a slogan's common word after a lone listed surname that is no given name
                // (`Macron Démission`, `Hollande Dégage`).
                if has(j, .commonWord), !tokens[j].isAllCaps, categories[j].isDisjoint(with: [.anyName, .organizationSuffix, .nameParticle]),
                   !isCapitalWord(j + 1),
                   j >= start + 2 && has(start, .givenName) && !has(j - 1, .nameParticle)
                    || j == start + 1 && has(start, .surname) && !isGivenName(start) { break }
                // `Joel Saget Agence France-Presse`, `Pavani Agence France-Presse`: a listed
                // organisation of two words or more after a name is a credit beside it.
                if firstNodes[j] >= 0, let body = match(from: j, wanted: .organization), body.end > j + 1 { break }
                // `Thalys Amsterdam-Paris`, `A13 Caen-Paris`: a pair of places names a route, no person.
                if tokens[j].length > 4, hyphenatedParts(j) != nil { break }
                if caseClass(j) != 0 { lastCase = caseClass(j) }
                j += 1
            } else if has(j, .nameParticle), isCapitalWord(j + 1), !has(j + 1, .functionWord), !isRomanOrdinal(j + 1),
                      !sentenceStart[j + 1], categories[j + 1].isDisjoint(with: Self.strongNames),
                      // `Monica Piazza de Valence`, `le Cora de Châtelineau`, `Théâtre-Opéra de
                      // Bordeaux`: `de` before a listed town that is no surname ends the name,
                      // except right after a given name (`Amaury de Saint-Quentin`; not a feast's).
                      tokens[j].kind == .elision || !has(j + 1, .city) || has(j + 1, .surname)
                        || j - 1 == start && isGivenName(start) && !has(start, .holiday),
                      tokens[j].kind != .elision || continuesWithElidedParticle(start: start, at: j) {
                j += 2
            } else if j - 1 == start, has(j, .nameParticle), tokens[j].isLowercaseWord, isCapitalWord(j + 1), has(j + 1, .nameParticle),
                      isCapitalWord(j + 2), !has(j + 2, .functionWord), !sentenceStart[j + 2], isGivenName(start), !has(start, .holiday),
                      categories[j + 2].isDisjoint(with: Self.strongNames),
                      !has(j + 2, .city) || has(j + 2, .surname), match(from: j + 1, wanted: .anyLocation) == nil {
                j += 3 // `Jean de La Fontaine`, `Ludovine de La Rochère`: a particle and an article
            } else if isGluedParticleName(j) {
                j += 1 // `Abdel Fattah al-Sissi`, `Bachar el-Assad`
            } else {
                break
            }
        }
        // `J. B.`, `L. F.`: the dot of a final initial is part of the abbreviation, not punctuation.
        if j - start >= 3, isInitial(j - 1), !taken[j] { return j + 1 }
        return j
    }

    /// `Valéry Giscard d’Estaing`, `Jean d’Ormesson`, `Jeanne d’Arc`, `Giscard d’Estaing`: an elided
    /// `d’` at `j` goes on with a person's name after a given name and a word that is no common
    /// word, or after a listed surname; not before a given name (`Vaudeville d’Alain Lackner`) or a
    /// common word (`Nobel d’Économie`), except right after the given name (`Jeanne d’Arc`), and
    /// not after other words (`l’Alpe d’Huez`, `Plaisirs d’Hiver`, `Savoyard d’Albertville`).
    func continuesWithElidedParticle(start: Int, at j: Int) -> Bool {
        let givenFirst = isGivenName(start)
        guard givenFirst && (j - 1 == start || !has(j - 1, .commonWord)) || has(j - 1, .surname) else { return false }
        return !isGivenName(j + 1) && (!has(j + 1, .commonWord) || givenFirst && j - 1 == start)
    }

    /// The end of a person's name opened at `start` by a given name that is also a common word,
    /// at a sentence start: nil unless a capitalised word follows (`Benjamin Griveaux`), or a name
    /// particle and one (`Marine Le Pen`), that is neither a listed place or organisation (`Venus
    /// des Antilles`, `Allié de LaREM`) nor the start of a sentence, and the name runs past it.
    func sentenceOpeningNameEnd(_ start: Int) -> Int? {
        let next = has(start + 1, .nameParticle) && isCapitalWord(start + 2) ? start + 2 : start + 1
        guard isCapitalWord(next), !tokens[next].isAllCaps, !sentenceStart[next], !taken[next],
              next > start + 1 || !has(next, .functionWord), categories[next].isDisjoint(with: Self.strongNames) else { return nil }
        let end = nameRunEnd(from: start)
        return end > start + 1 ? end : nil
    }

    /// A run of capitalised names ending at `end` is a company when its last word is a company's
    /// designator (`Salomon Brothers`, `Gulf Oil`), otherwise a person.
    func personOrCompany(_ end: Int) -> EntityKind {
        end >= 2 && isCapitalWord(end - 1) && has(end - 1, .organizationSuffix) ? .organization : .person
    }

    /// 1 for a word in capitals (two letters or more), 2 for a word with a lower-case letter, 0
    /// for a single letter (an initial fits either).
    func caseClass(_ i: Int) -> Int {
        if tokens[i].isAllCaps { return 1 }
        return tokens[i].length > 1 ? 2 : 0
    }

    /// True when the word at `j` goes from lower case to capitals or back after a name written
    /// in `lastCase`; a given name then a surname in capitals (`Jean DUPONT`, `Jean-Paul DURAND`)
    /// keeps one name unless the word in capitals is a listed place or body (`Kellogg PARIS`); so
    /// does one word before one last word in capitals (`Tuncay CILGI`), `alone` telling that the
    /// word before is the first of the name.
    func changesCase(from lastCase: Int, to j: Int, alone: Bool = false) -> Bool {
        let next = caseClass(j)
        guard lastCase != 0, next != 0, next != lastCase else { return false }
        if lastCase == 2, isGivenName(j - 1) || alone && isLoneSurnameInCapitals(j),
           categories[j].isDisjoint(with: Self.strongNames), !isTitleAbbreviation(j) { return false }
        return true
    }

    /// The last word of a name in capitals after one word (`Tuncay CILGI`): not a numeral
    /// (`Ajaccio II`), not the word before repeated (`Lugano LUGANO`), not a dateline (`X, 28`).
    func isLoneSurnameInCapitals(_ j: Int) -> Bool {
        guard !isCapitalWord(j + 1), !isInitial(j + 1), !Self.isRomanNumeral(tokens[j].text),
              tokens[j].folded != tokens[j - 1].folded else { return false }
        return !(folded(j + 1) == "," && j + 2 < tokens.count && tokens[j + 2].kind == .number)
    }

    /// A listed given name, or a hyphenated one whose first part is (`François-Bernard`).
    func isGivenName(_ i: Int) -> Bool {
        if has(i, .givenName) { return true }
        guard i >= 0, tokens[i].kind == .word, let first = foldedParts(i).first,
              first.count < tokens[i].folded.count else { return false }
        return isListed(first, .givenName)
    }

    /// `al-Sissi`, `el-Assad`: a lower-case particle of the list joined by a hyphen to a
    /// capitalised name, which goes on the name before it.
    func isGluedParticleName(_ i: Int) -> Bool {
        // Most words after a name hold no hyphen among their first letters: passed unsplit.
        guard isWord(i), tokens[i].isLowercaseWord, tokens[i].folded.utf8.prefix(5).contains(UInt8(ascii: "-")) else { return false }
        let written = writtenParts(i)
        guard written.count == 2, let name = written[1].unicodeScalars.first, name.properties.isUppercase,
              let particle = foldedParts(i).first else { return false }
        return isListed(particle, .nameParticle)
    }

    /// `Jo-Wilfried`, `Jacques-Olivier`: hyphenated given names, every part listed (not
    /// `Paris-Sorbonne`, whose first part alone is one).
    func isJoinedGivenNames(_ i: Int) -> Bool {
        let parts = foldedParts(i)
        return parts.count >= 2 && parts.allSatisfy { isListed($0, .givenName) }
    }

    /// A single capital letter followed by a dot (`J.` of `J. K. Rowling`).
    func isInitial(_ i: Int) -> Bool {
        i >= 0 && i + 1 < tokens.count && tokens[i].kind == .word && tokens[i].isCapitalized
            && tokens[i].text.unicodeScalars.count == 1 && tokens[i + 1].text == "."
    }

    // MARK: organisations and places

    /// `groupe Wagner`, `agence Anadolu`: the capitalised name after a lower-case cue noun.
    mutating func organizationAfterCue(at i: Int) -> Int? {
        guard tokens[i].isLowercaseWord, has(i, .organizationCue) else { return nil }
        // `un événement qui a marqué la Belgique`: a word with accents every listed cue lacks is
        // another word (a text may drop a cue's accents, `editions`, never add some).
        // A text with no accent (its folded form as long in bytes) adds none: no lookup.
        if tokens[i].text.utf8.count != tokens[i].folded.utf8.count, let listed = cueSpellings[tokens[i].folded],
           listed.allSatisfy({ Self.addsDiacritics(tokens[i].text.lowercased(), to: $0) }) { return nil }
        var j = i + 1
        // `parti Les Républicains`; `le quotidien la Croix`: the title's article is left out.
        // A listed name that opens with another function word keeps it (`le mouvement En Marche`).
        if has(j, .functionWord), isCapitalWord(j + 1) {
            let article = Self.isDefiniteArticle(tokens[j].folded)
            if article || tokens[j].isCapitalized && match(from: j, wanted: .anyName) == nil { j += 1 }
        }
        guard isCapitalWord(j) || (j < tokens.count && tokens[j].isAllCaps), !taken[j],
              !has(j, .functionWord), !has(j, .personCue), !has(j, .notName), movementSpanEnd(at: j) == nil else { return nil }
        // After an article, a place's name is a title's (`le quotidien la Croix`, `le journal L’Alsace`).
        if j == i + 1 || !Self.isDefiniteArticle(tokens[i + 1].folded), has(j, [.country, .city, .region]),
           match(from: j, wanted: .anyOrganization) == nil {
            // `université Paris 8`, `université Toulouse III`: a place and a number name the body.
            guard isSmallNumberOrNumeral(j + 1), !taken[j + 1] else { return nil }
            claim(.organization, j, j + 2)
            return j + 2
        }
        var end = j + 1
        if let listed = match(from: j, wanted: .anyName) { end = max(end, listed.end) }
        while end < tokens.count, !taken[end], !sentenceStart[end] {
            if isCapitalWord(end), !has(end, .functionWord) {
                end += 1
            } else if isGivenName(end - 1), has(end, .nameParticle), isCapitalWord(end + 1), !taken[end + 1],
                      !sentenceStart[end + 1], !has(end + 1, .functionWord), categories[end + 1].isDisjoint(with: Self.strongNames) {
                // `aux éditions Pierre-Guillaume de Roux`: a body named after a person keeps the
                // particle of the person's name (`le groupe Total de Grandpuits` stops: no given name).
                end += 2
            } else {
                break
            }
        }
        claim(.organization, j, end)
        return end
    }

    /// A name from the lists (`Union européenne`, `Moscou`, `Élysée`, `Sergueï Lavrov`), without a
    /// leading article (`La Défense` -> `Défense`).
    mutating func listedName(at i: Int) -> Int? {
        let startsCapital = tokens[i].isCapitalized || tokens[i].isAllCaps
        guard var match = match(from: i, wanted: .anyName) else { return nil }
        // In lower case, only a place of several words (`mer du Nord`) or a name after its article
        // (`la France insoumise`, listed `La France insoumise`).
        if !startsCapital && !(match.end - i >= 2 && (match.categories.contains(.place) || Self.isDefiniteArticle(tokens[i].folded))) {
            return nil
        }
        // Capitals of the entry must be capitals in the text: `la réunion` is not `La Réunion`.
        for k in i..<match.end where match.capitalMask & (1 << UInt64(min(k - i, 63))) != 0 {
            if !(tokens[k].isCapitalized || tokens[k].isAllCaps) { return nil }
        }
        var start = i
        // A leading article is left out (`La France insoumise` -> `France insoumise`), but not from
        // a surname, where it is the name's first word (`Le Pen fait 65 %`); another function word
        // that opens a listed name is the name's (`En Marche`, `Qui Nhon`).
        let surname = tokens[i].kind != .elision && match.categories.isSubset(of: [.surname, .givenName])
        if !surname, tokens[i].kind == .elision || has(i, .functionWord) && tokens[i].length <= 3 && Self.isDefiniteArticle(tokens[i].folded) {
            guard match.end - i >= 2 else { return nil }
            start = i + 1
        }
        let single = match.end - start == 1
        // A body's head is left to `organizationHead`: before `de` and a lower-case noun it names the
        // body (`le Centre d’aide au travail`, not the listed region), and listed alone as the body
        // the news means it may open a longer name (`l’Assemblée`, `Assemblée générale des Nations
        // unies`).
        if single, has(start, .organizationHead) {
            if match.categories.contains(.organization) { return nil }
            if let after = preposition(at: start + 1), after < tokens.count, tokens[after].isLowercaseWord,
               !has(after, .functionWord) { return nil }
            // So before an adjective or a name that is no place (`le Centre national de la recherche
            // scientifique`, `le Centre Pompidou`; `le Centre Ouest` is the region's).
            let next = start + 1
            if isWord(next), !sentenceStart[next], tokens[next].isLowercaseWord && looksAdjectival(next)
                || isCapitalWord(next) && !has(next, .functionWord) && categories[next].isDisjoint(with: .anyLocation) { return nil }
        }
        // `Aïn Kercha` is no `Ain`, `Hervé Le Bras` no `Herve`: before another capitalised word, a
        // word with accents its listed place lacks opens a longer name (`Dubaï`, `Jérusalem`
        // alone are the cities, listed unaccented).
        if single, let entry = match.canonical, !match.categories.isDisjoint(with: .anyLocation),
           isCapitalWord(start + 1), !sentenceStart[start + 1], Self.addsDiacritics(tokens[start].text, to: entry) { return nil }
        // `l’acte XI`, `le chapitre VI`: a Roman numeral in capitals is no given name (`Xi`).
        if single, tokens[start].isAllCaps, Self.isRomanNumeral(tokens[start].text),
           match.categories.isSubset(of: [.givenName, .surname, .commonWord]) { return nil }
        if single && (isCommonCapital(start) && !isWithOwnArticle(start, after: i) || belongsToCommonNoun(start)) {
            // `Benjamin Griveaux a dit`, `Marine Le Pen`: a given name that is also a common word
            // (`benjamin`, `marine`) opens a sentence as a name when the name goes on after it.
            guard sentenceStart[start], match.categories.contains(.givenName), let end = sentenceOpeningNameEnd(start) else { return nil }
            claim(.person, start, end)
            return end
        }
        // `(Ed. Fayard)`: a given name before its own full stop that the abbreviations list holds
        // (`fr/abbreviations.txt`) is the abbreviation.
        if single, match.categories == .givenName, start + 1 < tokens.count, tokens[start + 1].text == ".",
           tokens[start + 1].range.start == tokens[start].range.end, isAbbreviation(tokens[start].text) { return nil }
        // `« Allah Akbar »`, `Trente minutes`: a word that names no one opens no name; a place
        // among its senses needs a preposition of place (`à Trente`).
        if single, has(start, .notName),
           !(start > 0 && has(start - 1, .locationPreposition) && !match.categories.isDisjoint(with: .anyLocation)) {
            return nil
        }
        // `après Noël`, `la Toussaint`: a feast alone is no person (`Noël Mamère` is).
        if single, has(start, .holiday), !(isCapitalWord(start + 1) && !sentenceStart[start + 1]) { return nil }
        // `des cocktails Molotov`, `la tour Eiffel`: a lone surname right after a noun of things
        // named after people names the thing, not the person.
        if single, !match.categories.contains(.givenName), match.categories.contains(.surname), namesAThing(before: start) { return nil }
        for k in start..<match.end where taken[k] { return nil }
        var c = match.categories
        // `s’indigne Dominique, porteur de gilet jaune`, `sa veuve Dominique`, `Dominique de Villepin`,
        // `le président Hollande`: a word that is both a person's name and a country, a region or a
        // listed place (`Dominique`, `Maurice`, `Florence`, `Virginie`, `Hollande`) is the place only
        // where the text places it (`isPlacedHere`); elsewhere it is the person. A city keeps its
        // name alone (`Paris a voté`, `Metz`, `Laval`: news names a town or its club so), unless an
        // age follows it (`estime Charlotte, 34 ans`).
        if single, c.isDisjoint(with: .anyOrganization), !c.isDisjoint(with: [.givenName, .surname]),
           !c.isDisjoint(with: [.country, .region, .place]) && !c.contains(.city) && !isPlacedHere(start)
            || c.contains(.givenName) && c.contains(.city) && isFollowedByAge(start) {
            c.subtract(.anyLocation)
        }
        // `Hervé` alone is the given name, not the town `Herve`: accents its listed town lacks (a
        // country's or a region's name keeps its place: `París`).
        if single, c.contains(.givenName), c.contains(.city), c.isDisjoint(with: [.country, .region]), let entry = match.canonical,
           Self.addsDiacritics(tokens[start].text, to: entry) {
            c.subtract(.anyLocation)
        }
        // `Paris VIII`, `Lyon 2`: a city and a number name a university (not `Lyon 2-1`).
        if single, c.contains(.city), !c.contains(.country), isSmallNumberOrNumeral(start + 1), !taken[start + 1],
           !isNumberContinued(start + 2) {
            claim(.organization, start, start + 2)
            return start + 2
        }
        // A given name opens a person's name when capitalised words follow (`Figaro Live` is
        // the newspaper's, a listed organisation).
        if c.contains(.givenName), !c.contains(.organization), match.end == start + 1, isCapitalWord(start + 1), !sentenceStart[start + 1],
           !has(start + 1, .functionWord), c.isDisjoint(with: .anyLocation) || opensNameAfterPlace(start + 1) {
            let end = nameRunEnd(from: start)
            if end > start + 1 {
                claim(personOrCompany(end), start, end)
                return end
            }
        }
        if !c.isDisjoint(with: [.country, .place]) {
            if let end = placePartEnd(after: match.end) {
                claim(.location, start, end)
                return end
            }
            claim(.location, start, match.end, canonical: match.canonical)
        } else if !c.isDisjoint(with: .anyOrganization) {
            // `Greenpeace France`: a country right after belongs to the name.
            if let end = placeEnd(after: match.end) {
                claim(.organization, start, end)
                return end
            }
            claim(.organization, start, match.end, canonical: match.canonical)
        } else if !c.isDisjoint(with: [.region, .city]) {
            claim(.location, start, match.end, canonical: match.canonical)
        } else if !c.isDisjoint(with: [.givenName, .surname]) {
            match.end = nameRunEnd(from: start)
            claim(personOrCompany(match.end), start, match.end)
        } else {
            return nil
        }
        return match.end
    }

    /// After a word that is both a place and a given name (`Paris`, `Florence`, `Dominique`), true
    /// when the word at `j` may be a surname (`Florence Parly`, `Dominique Rousseau`): not a given
    /// name that opens a full name of its own (`le maire de Paris Anne Hidalgo`, `à Paris Ludovic,
    /// 40 ans`), not a Roman ordinal (`Paris XVIIe`), not a cardinal point (`Paris Sud`), not a
    /// listed organisation, country or region (`la députée de Paris LaREM Olivia Grégoire`, `Paris
    /// Île-de-France`). Other words, common ones too, stay surnames (`Roux`, `Picard`, `Gardès`,
    /// `Vienne`), unless the text names the place alone after `à`, `en`... elsewhere: then only a
    /// listed surname or a particle does (`à Paris` makes `Paris Banlieue`, `The Paris Agreement`
    /// the place and a word, one sense per text).
    mutating func opensNameAfterPlace(_ j: Int) -> Bool {
        if isGivenName(j) {
            let afterPlacePreposition = has(j - 2, .locationPreposition) && !taken[j - 2]
            return !afterPlacePreposition && (!isCapitalWord(j + 1) || sentenceStart[j + 1] || has(j + 1, .functionWord))
        }
        if firstNodes[j] >= 0, let listed = match(from: j, wanted: [.anyOrganization, .country, .region]),
           !listed.categories.isDisjoint(with: [.anyOrganization, .country]) || !has(j, .commonWord) { return false }
        let head = foldedParts(j).first.map(String.init) ?? tokens[j].folded
        if isRomanOrdinal(j) || Self.cardinalPoints.contains(head) { return false }
        if categories[j].isDisjoint(with: [.surname, .nameParticle]), isNamedAsPlace(tokens[j - 1].folded) { return false }
        return true
    }

    /// True where the word at `i` is a place by its context: after a preposition of place (`à
    /// Maurice`), a feminine article (`la Dominique`), a place cue and `de` (`la wilaya de Mila`),
    /// in a list beside a listed place (`la Dominique, Maurice et les Seychelles`), or named so
    /// elsewhere in the text (`isNamedAsPlace`: one sense per text).
    mutating func isPlacedHere(_ i: Int) -> Bool {
        if isAfterPlaceWord(i) || i > 0 && (tokens[i - 1].folded == "la" || tokens[i - 1].folded == "l'") { return true }
        if i > 1 && isListedPlaceInList(i - 2, link: i - 1) || i + 2 < tokens.count && isListedPlaceInList(i + 2, link: i + 1) {
            return true
        }
        return isNamedAsPlace(tokens[i].folded)
    }

    /// True when the word at `k` follows a preposition of place (`à Maurice`) or a place cue and
    /// `de` (`la wilaya de Mila`): what places a word here (`isPlacedHere`) and in the whole text
    /// (`isNamedAsPlace`).
    func isAfterPlaceWord(_ k: Int) -> Bool {
        guard k > 0 else { return false }
        if has(k - 1, .locationPreposition) { return true }
        return k > 1 && ["de", "d'", "du"].contains(tokens[k - 1].folded) && has(k - 2, .placeCue)
    }

    /// True when `link` is a comma or `et` and the word at `k` a listed country, town or region
    /// that is no given name (`la Dominique, Maurice et les Seychelles`).
    func isListedPlaceInList(_ k: Int, link: Int) -> Bool {
        (tokens[link].text == "," || tokens[link].folded == "et") && isCapitalWord(k)
            && !categories[k].isDisjoint(with: [.country, .city, .region]) && !has(k, .givenName)
    }

    /// True when `text` holds more letters outside ASCII than `entry` (`Aïn` against `Ain`).
    static func addsDiacritics(_ text: String, to entry: String) -> Bool {
        // A typographic apostrophe or hyphen is no diacritic (`Côtes‑d’Armor`, listed `Côtes-d'Armor`).
        let marked = { (s: String) in
            s.unicodeScalars.filter { $0.value > 0x7F && !FrenchTokenizer.isApostrophe($0) && !FrenchTokenizer.isHyphen($0) }.count
        }
        return marked(text) > marked(entry)
    }

    /// `Charlotte, 34 ans`: a comma, a number and `ans` after the word at `i`.
    func isFollowedByAge(_ i: Int) -> Bool {
        i + 3 < tokens.count && tokens[i + 1].text == "," && tokens[i + 2].kind == .number && tokens[i + 3].folded == "ans"
    }

    /// True when `word` stands alone after a preposition of place somewhere in the text (`à Paris.`),
    /// or after a place cue and `de` (`la commune de Mila`). The words so named are gathered once
    /// per text, on the first question (a text of many `Paris Xyz` would otherwise be read again
    /// at each).
    mutating func isNamedAsPlace(_ word: String) -> Bool {
        if namedAsPlaces == nil {
            var words: Set<String> = []
            for k in tokens.indices.dropFirst() where tokens[k].isCapitalized && !isCapitalWord(k + 1) && isAfterPlaceWord(k) {
                words.insert(tokens[k].folded)
            }
            namedAsPlaces = words
        }
        return namedAsPlaces?.contains(word) ?? false
    }

    /// `Suisse romande`, `Amérique latine`, `Afrique du Sud`, `Corée du Nord`: the end of a part of
    /// a place named after it, when one follows at `i`.
    func placePartEnd(after i: Int) -> Int? {
        guard i < tokens.count, !taken[i] else { return nil }
        if tokens[i].isLowercaseWord, has(i, .locationQualifier) { return i + 1 }
        if folded(i) == "du" || (folded(i) == "de" && folded(i + 1) == "l'") {
            let point = folded(i) == "du" ? i + 1 : i + 2
            if isCapitalWord(point), !taken[point], Self.cardinalPoints.contains(folded(point)) { return point + 1 }
        }
        return nil
    }

    static let cardinalPoints: Set<String> = ["nord", "sud", "est", "ouest", "centre", "nord-est", "nord-ouest", "sud-est", "sud-ouest"]

    /// `Commission de régulation de l'énergie`, `Union nationale des étudiants de France`,
    /// `Conseil constitutionnel`: a capitalised institution noun and what names it.
    mutating func organizationHead(at i: Int) -> Int? {
        guard isCapitalWord(i), has(i, .organizationHead), !sentenceStart[i] || isCapitalWord(i + 1) || preposition(at: i + 1) != nil
        else { return nil }
        var end = i + 1
        var j = i + 1
        var afterAdjective = false
        // `le président de l’Assemblée Richard Ferrand`: after a role, or after a head no body is
        // named after by a person (`role-bodies.txt`), a full name after the head is the role's
        // holder, not the body's name (`la Fondation Jean Jaurès` keeps it).
        while j < tokens.count, j - i < 10, !taken[j] {
            if j == i + 1, isGivenName(j), isCapitalWord(j + 1), !sentenceStart[j + 1], has(i, .roleBody) || followsRole(i) { break }
            if isCapitalWord(j), !has(j, .functionWord), !afterAdjective, !sentenceStart[j], !isTitleAbbreviation(j) {
                j += 1; end = j
            } else if isWord(j), tokens[j].isLowercaseWord, looksAdjectival(j) {
                j += 1; end = j
                afterAdjective = true
            } else if let after = preposition(at: j), isWord(after), !taken[after], !has(after, .functionWord),
                      tokens[after].isCapitalized || has(after, .commonWord) {
                j = after + 1; end = j
                afterAdjective = false
            } else if folded(j) == "et", preposition(at: j + 1) != nil {
                j += 1
            } else {
                break
            }
        }
        // A head noun alone (`la Banque`, `le Conseil`) is a generic reference, not a name, unless
        // it is listed alone as the one body the news means (`l’Assemblée`).
        guard end > i + 1 || has(i, .organization) else { return nil }
        claim(.organization, i, end)
        return end
    }

    /// True when a role (a person cue) stands up to three words before `i`, only function words
    /// between (`le président de l’Assemblée`).
    func followsRole(_ i: Int) -> Bool {
        (1...3).contains { k in i - k >= 0 && has(i - k, .personCue) && (i - k + 1..<i).allSatisfy { has($0, .functionWord) } }
    }

    /// `M.`, `MM.`, `Mme`: a title abbreviation (`title-abbreviations.txt`), which ends any name
    /// before it.
    func isTitleAbbreviation(_ i: Int) -> Bool {
        has(i, .titleAbbreviation) && (i + 1 >= tokens.count || tokens[i + 1].text == "." || isCapitalWord(i + 1))
    }

    /// `les Républicains`, `la Poste`: the word at `start` of a listed name that holds its article
    /// (at `article`), written with it and a capital mid-sentence, is the name even where the word
    /// alone is a common one. Not when an adjective or a complement goes on with it (`la Garde
    /// républicaine`, `la Garde des Sceaux` name something longer or a role) unless the complement
    /// is a person (`les Patriotes de Florian Philippot`), nor for a ministry's
    /// portfolio (`la Défense` is the ministry or the field as often as the business district).
    func isWithOwnArticle(_ start: Int, after article: Int) -> Bool {
        guard start > article, !sentenceStart[start], tokens[start].isCapitalized, !has(start, .portfolio) else { return false }
        let next = start + 1
        guard isWord(next), tokens[next].isLowercaseWord else { return true }
        if looksAdjectival(next) { return false }
        // `les Patriotes de Florian Philippot`: a person after the complement is the name's leader.
        guard let after = preposition(at: next) else { return true }
        return isGivenName(after) && isCapitalWord(after + 1)
    }

    /// `mer des Caraïbes`, `golfe de Guinée`, `lac Tchad`: a geographic noun and the name after it.
    mutating func locationHead(at i: Int) -> Int? {
        guard has(i, .locationHead), tokens[i].kind == .word else { return nil }
        let nameStart = preposition(at: i + 1) ?? (i + 1)
        guard isCapitalWord(nameStart), !taken[nameStart], !has(nameStart, .functionWord), !isRomanOrdinal(nameStart) else { return nil }
        // `une rue de Paris`, `un boulevard de Lyon`: a generic noun, and the name after `de` is where it is.
        if nameStart > i + 1, has(i - 1, .indefinite) { return nil }
        var end = nameStart + 1
        while end < tokens.count, !taken[end], !sentenceStart[end] {
            if isCapitalWord(end) {
                end += 1
            } else if has(end, .nameParticle), isGivenName(end - 1), isCapitalWord(end + 1), !has(end + 1, .functionWord), !taken[end + 1] {
                end += 2 // a person's name: `gare Charles de Gaulle-Étoile`, `rue Jean du Bellay`
            } else {
                break
            }
        }
        claim(.location, i, end)
        return end
    }

    /// `sur l'A9`, `la RN 118`, `la RD 520`, `l'autoroute A7-E15`: after a word of `road-cues.txt`,
    /// the capital letters of `road-codes.txt` glued to a number of up to four digits, or before
    /// it, name a road, a place (not the acronym `RN`, not `A9` as a person).
    mutating func road(at i: Int) -> Int? {
        // A number glued to the word or right after it, tested first: most capitalised words hold none.
        let glued = tokens[i].text.utf8.last.map { FrenchTokenizer.isDigit(Unicode.Scalar($0)) } ?? false
        let numberAfter = i + 1 < tokens.count && tokens[i + 1].kind == .number && !taken[i + 1]
        guard i > 0, tokens[i].kind == .word, tokens[i].isCapitalized, tokens[i].length <= 12, glued || numberAfter,
              has(i - 1, .roadCue) else { return nil }
        /// One to four ASCII digits.
        func isRoadDigits(_ digits: Substring) -> Bool {
            (1...4).contains(digits.count) && digits.unicodeScalars.allSatisfy(FrenchTokenizer.isDigit)
        }
        func isRoadNumber(_ part: Substring, alone: Bool) -> Bool {
            let letters = part.prefix { $0.isASCII && $0.isUppercase }
            let digits = part.dropFirst(letters.count)
            guard (1...2).contains(letters.count), isListed(Substring(letters.lowercased()), .roadCode) else { return false }
            return alone ? digits.isEmpty : isRoadDigits(digits)
        }
        // `RN 118`: the letters alone, then the number.
        if numberAfter, isRoadNumber(Substring(tokens[i].text), alone: true), isRoadDigits(Substring(tokens[i + 1].text)) {
            claim(.location, i, i + 2)
            return i + 2
        }
        let parts = writtenParts(i)
        guard !parts.isEmpty, parts.allSatisfy({ isRoadNumber($0, alone: false) }) else { return nil }
        claim(.location, i, i + 1)
        return i + 1
    }

    /// An unlisted acronym (`CRE`, `PNAT`): ORG, unless the whole line shouts (a headline).
    mutating func acronym(at i: Int) -> Int? {
        let t = tokens[i]
        guard t.isAllCaps, t.text.unicodeScalars.count <= 8, !has(i, .commonWord), !has(i, .functionWord),
              !has(i, .notOrganization), !Self.isRomanNumeral(t.text) else { return nil }
        // `la Contribution sociale généralisée (CSG)`: spelled out nearby as no organisation.
        if spelledOutAsNoOrganization(i) { return nil }
        let shouting = (i > 0 && tokens[i - 1].isAllCaps && !tokens[i].startsLine) || (i + 1 < tokens.count && tokens[i + 1].isAllCaps && !tokens[i + 1].startsLine)
        guard !shouting else { return nil }
        // A dateline (`THALWIL, 3 —`, `PARIS, 15 (Havas)`): a place in capitals, a comma, a day or a dash;
        // or, opening a line or a sentence, a day after a dot (`BRUXELLES. 12 —`) or a day and a
        // month (`BERNE 30 octobre`).
        if t.length >= 4, folded(i + 1) == ",",
           i + 2 < tokens.count, tokens[i + 2].kind == .number || ["—", "–", "("].contains(tokens[i + 2].text) {
            claim(.location, i, i + 1)
            return i + 1
        }
        if t.length >= 4, sentenceStart[i] || tokens[i].startsLine, i + 2 < tokens.count,
           tokens[i + 1].text == "." && tokens[i + 2].kind == .number || tokens[i + 1].kind == .number && has(i + 2, .month) {
            claim(.location, i, i + 1)
            return i + 1
        }
        if let end = acronymBranchEnd(i) {
            claim(.organization, i, end)
            return end
        }
        claim(.organization, i, i + 1)
        return i + 1
    }

    /// `WWF France`, `CCI Toulouse`, `FGTB Wallonie`: an acronym right before a listed place
    /// names a body's branch there, one ORG; returns the end of the place.
    func acronymBranchEnd(_ i: Int) -> Int? {
        guard tokens[i].isAllCaps, tokens[i].length <= 8, !has(i, .notOrganization), isCapitalWord(i + 1), !tokens[i + 1].isAllCaps,
              !taken[i + 1], !sentenceStart[i + 1], !tokens[i + 1].startsLine,
              let place = match(from: i + 1, wanted: .anyLocation) else { return nil }
        for k in (i + 1)..<place.end where taken[k] { return nil }
        return place.end
    }

    /// `8`, `13`, `VIII`: a number that tells bodies of one place apart (never a year).
    func isSmallNumberOrNumeral(_ i: Int) -> Bool {
        guard i < tokens.count, !tokens[i].startsLine else { return false }
        if tokens[i].kind == .number, let value = Int(tokens[i].text) { return value >= 1 && value <= 20 }
        if tokens[i].isAllCaps && Self.isRomanNumeral(tokens[i].text) || tokens[i].text == "I" { return true }
        // `Paris X-Nanterre`, `Paris XIII-CNAM`: a numeral and the campus.
        let parts = writtenParts(i)
        guard parts.count >= 2, let head = parts.first, head.count <= 5 else { return false }
        return Self.isRomanNumeral(String(head)) && parts.dropFirst().allSatisfy { $0.unicodeScalars.first?.properties.isUppercase == true }
    }

    /// A score or a range goes on after a number: `2-1`, `2 - 1`, `2 à 1`, `2,5`.
    func isNumberContinued(_ i: Int) -> Bool {
        guard i < tokens.count else { return false }
        if tokens[i].kind == .number { return true }
        return ["-", "–", ",", ".", "/", ":", "à", "a"].contains(tokens[i].text) && i + 1 < tokens.count && tokens[i + 1].kind == .number
            || tokens[i].range.start == tokens[i - 1].range.end && tokens[i].kind != .punctuation
    }

    /// True when the word before `i` is a lower-case noun of things named after a person
    /// (`eponym-nouns.txt`: `les cocktails`, `la tour`) and no name goes on after `i`.
    func namesAThing(before i: Int) -> Bool {
        i >= 1 && isWord(i - 1) && tokens[i - 1].isLowercaseWord && has(i - 1, .eponymNoun) && !isCapitalWord(i + 1)
    }

    /// True when the word at `i` is `H` and two digits glued to a number before it (`16H00`).
    func isClockMinutes(_ i: Int) -> Bool {
        guard i >= 1, tokens[i - 1].kind == .number, tokens[i - 1].range.end == tokens[i].range.start else { return false }
        let scalars = Array(tokens[i].text.unicodeScalars)
        return scalars.count == 3 && (scalars[0] == "H" || scalars[0] == "h") && scalars[1...].allSatisfy(\.isASCIIDigit)
    }

    /// `XIXe`, `XIXème`, `Ier`: a Roman ordinal (`une rue du XIXe arrondissement` names no street).
    func isRomanOrdinal(_ i: Int) -> Bool {
        let text = tokens[i].text
        for suffix in ["ème", "eme", "e", "er"] where text.hasSuffix(suffix) && text.count > suffix.count {
            return Self.isRomanNumeral(String(text.dropLast(suffix.count)))
        }
        return false
    }

    static func isRomanNumeral(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { "IVXLCDM".unicodeScalars.contains($0) }
    }

    /// Capitalised words no list knows: a person's name when two or more (`Hubert Lenoir`), a place
    /// after `à`/`en`/`vers` (`à Riorges`); a lone unknown word is left to the consistency pass.
    mutating func capitalRun(at i: Int) -> Int? {
        // `la Ve République`, `le XIXe siècle`: a Roman ordinal opens no name.
        guard isCapitalWord(i), !has(i, .functionWord), !has(i, .notOrganization), !has(i, .notName), !isCommonCapital(i) || isInitial(i),
              !isTitleAbbreviation(i), !isRomanOrdinal(i) else { return nil }
        // `le marché de Noël de Strasbourg`: a feast that belongs to a common noun opens no name,
        // even with a place after it.
        if has(i, .holiday), belongsToCommonNoun(i) { return nil }
        // `vers 16H00 GMT`: the minutes of a time glued to its hour open no name.
        if isClockMinutes(i) { return nil }
        // `l’acte VI des Gilets jaunes`: a Roman numeral after a lower-case word numbers it.
        // (`V`, one letter, is capitalised but not `isAllCaps`.)
        if tokens[i].isAllCaps || tokens[i].length == 1 && !isInitial(i), Self.isRomanNumeral(tokens[i].text), i > 0,
           tokens[i - 1].isLowercaseWord { return nil }
        let end = nameRunEnd(from: i)
        // `le National Book Award`, `les Grammy Awards`: an English award names itself last.
        if end - i >= 2, has(end - 1, .awardCue) { return end }
        // `les Centristes Hervé Morin`, `le Niçois Pascal Cribouw`, `bourgmestre de Molenbeek
        // Françoise Schepmans`: an unknown word before a given name that opens a name of its own is
        // a label, a demonym or a place, not the person's first name (`Tahar Ben Jelloun` keeps
        // its particle). A given name no list holds is lost so (`Jaques Henri Boûrquin`).
        if end - i >= 3, !isGivenName(i), !has(i, .surname), isGivenName(i + 1), !has(i + 1, .nameParticle),
           isCapitalWord(i + 2), !sentenceStart[i + 1] {
            if let kind = hyphenatedCompound(i) { claim(kind, i, i + 1) }
            return i + 1
        }
        // `C. F. F.`, `A. E. G.`: three initials or more and no name after them spell an acronym.
        if isInitial(i), (i..<end).filter({ isWord($0) }).count >= 3, (i..<end).allSatisfy({ !isWord($0) || isInitial($0) }) {
            // `R.I.C.` is the `RIC` of `not-organisations.txt`.
            let letters = (i..<end).filter { isWord($0) }.map { tokens[$0].folded }.joined()
            guard !lexicon.categories(ofWord: letters).contains(.notOrganization) else { return end }
            claim(.organization, i, end)
            return end
        }
        let afterPlacePreposition = i > 0 && has(i - 1, .locationPreposition) && !taken[i - 1]
        // `face à Jo-Wilfried Tsonga`: a given name, listed or joined from listed ones, before
        // another word opens a person's name, not a place (`à Paris-Sorbonne Université` is one).
        let opensPerson = has(i, .givenName) || afterPlacePreposition && end - i >= 2 && isJoinedGivenNames(i)
        if afterPlacePreposition && !opensPerson || isFollowedByRegionInBrackets(end) {
            claim(.location, i, end)
        } else if end - i >= 2 {
            // `Sea Sheperd France`: unknown words ending with a country name a body's branch; a
            // person's name ending so starts with a given name (`Anatole France`).
            let branch = !isGivenName(i) && has(end - 1, .country) && match(from: end - 1, wanted: .country)?.end == end
            claim(branch ? .organization : personOrCompany(end), i, end)
        } else if let kind = hyphenatedCompound(i) {
            claim(kind, i, end)
        } else if isJoinedPlaceName(i) {
            claim(.location, i, end)
        } else {
            return nil
        }
        return end
    }

    /// `Haye-du-Puits`, `Vern-sur-Seiche`, `Fayt-lez-Manage`, `Saint-Jean-d’Angély`: capitalised
    /// parts joined by the lower-case words of `place-joiners.txt`, or by an elided `d’` glued to
    /// the next part, make a place's name; one opened by a given name is a person's or their
    /// namesake's (`Charles-de-Gaulle`, `Léonard-de-Vinci`, `Michel-d’Ornano`).
    func isJoinedPlaceName(_ i: Int) -> Bool {
        // Most capitalised words hold no hyphen: passed unsplit.
        guard tokens[i].folded.utf8.contains(UInt8(ascii: "-")) else { return false }
        let written = writtenParts(i)
        let folded = foldedParts(i)
        guard written.count >= 2, written.count == folded.count, !isGivenName(i) else { return false }
        var joined = false
        for k in written.indices {
            let scalars = Array(written[k].unicodeScalars.prefix(3))
            if scalars.first?.properties.isUppercase == true { continue }
            // `d’Angély`: the elided joiner and the capitalised part after it, never first.
            if k > 0, scalars.count == 3, FrenchTokenizer.elidedJoiners.contains(scalars[0]), FrenchTokenizer.isApostrophe(scalars[1]),
               scalars[2].properties.isUppercase {
                joined = true
                continue
            }
            // A joiner stands between capitalised parts, never first or last.
            guard k > 0, k < written.count - 1, isListed(folded[k], .placeJoiner) else { return false }
            joined = true
        }
        return joined
    }

    /// The parts of the word at `i` between its hyphens, as written (`Paris`, `3` of `Paris-3`).
    func writtenParts(_ i: Int) -> [Substring] {
        tokens[i].text.split(whereSeparator: { FrenchTokenizer.isHyphen($0.unicodeScalars.first ?? " ") })
    }

    /// The same parts folded (`francois`, `bernard` of `François-Bernard`), for the lists.
    func foldedParts(_ i: Int) -> [Substring] {
        tokens[i].folded.split(separator: "-")
    }

    /// True when a list of `category` holds `part` alone, a folded part of a hyphenated word.
    func isListed(_ part: Substring, _ category: LexiconCategory) -> Bool {
        lexicon.categories(ofWord: String(part)).contains(category)
    }

    /// `Russie-Afrique`, `Paris-Berlin`: a hyphenated word whose first part is a listed place or
    /// organisation takes that part's kind.
    func hyphenatedCompound(_ i: Int) -> EntityKind? {
        let parts = foldedParts(i)
        guard parts.count >= 2, let first = parts.first else { return nil }
        let written = writtenParts(i)
        // `Paris-3`, `Paris-VIII`: a city and a number name a university, as `Paris 8` does.
        if written.count == 2, let number = written.last, isListed(first, .city) {
            let small = Int(number).map { $0 >= 1 && $0 <= 20 } ?? false
            if small || Self.isRomanNumeral(String(number)) && number.count <= 5 { return .organization }
        }
        // Every part is a name (`Paris-Berlin`), not a verb and pronoun (`Est-ce`).
        guard written.allSatisfy({ $0.unicodeScalars.first?.isUppercaseLetter ?? false }) else { return nil }
        let c = lexicon.categories(ofWord: String(first))
        if !c.isDisjoint(with: .anyLocation) { return .location }
        if !c.isDisjoint(with: .anyOrganization) { return .organization }
        return nil
    }
}
