/// Words a scraper glued together, and words of a web address, mended before names are looked for.
///
/// - A word with a capital inside is two words when a caption or a line ran into the next one
///   without a space (`ParisBruno Retailleau`, `CNRSPierre Serna`, `Sylvie GoulardLa`): it is
///   split before that capital when the second part is a function word (`Le`, `Vers`), a given
///   name of three letters or more, or, after a listed place, a common word (`ParisDevant`).
///   Names written in camel case stay whole:
///   the whole word must be in no list (`YouTube`, `MoDem`), the first part must be four letters or
///   more (`McConnell`, `MacDonald`, `LaFontaine`), or three capitals or more before a given name.
///   The second part starts a line, as the line break the scraper lost: no name runs across the
///   join. A handle or a hashtag (`@NunezLaurent`, `#RTLMatin`) is left whole.
/// - A word glued after a host's `/` is part of a web address (`pic.twitter.com/SpKzAbFzet`): it
///   names no one, and becomes punctuation for the rules.
enum GluedWords {
    /// Letters the first part needs when it ends in lower case.
    static let minimumHead = 4
    /// Capitals an acronym needs before a glued given name.
    static let minimumAcronym = 3

    /// The tokens, with glued words split and address words made punctuation; the same array when
    /// nothing is to mend. The tokens are read in place, never copied, until one is to mend (the
    /// pass runs over every word the recogniser reads).
    static func mend(_ tokens: [Token], scalars: [Unicode.Scalar], lexicon: PhraseTrie) -> [Token] {
        var mends: [(index: Int, with: [Token])] = []
        for i in tokens.indices where tokens[i].kind == .word {
            let glued = i >= 1 && tokens[i - 1].range.end == tokens[i].range.start
            if glued, i >= 3, tokens[i - 1].text == "/", tokens[i - 2].kind == .word, tokens[i - 3].text == ".",
               touching(tokens, i - 3, i - 1) {
                let token = tokens[i]
                mends.append((i, [Token(kind: .punctuation, range: token.range, text: token.text, folded: token.folded,
                                        startsLine: token.startsLine)]))
            } else if tokens[i].isCapitalized, !tokens[i].isAllCaps, tokens[i].range.length > minimumHead,
                      !(glued && (tokens[i - 1].text == "@" || tokens[i - 1].text == "#")),
                      let cut = cut(tokens, i, scalars: scalars, lexicon: lexicon) {
                let range = tokens[i].range
                mends.append((i, [make(TextRange(range.start, cut), scalars: scalars, startsLine: tokens[i].startsLine),
                                  make(TextRange(cut, range.end), scalars: scalars, startsLine: true)]))
            }
        }
        guard !mends.isEmpty else { return tokens }
        var out: [Token] = []
        out.reserveCapacity(tokens.count + mends.count)
        var next = 0
        for mend in mends {
            out.append(contentsOf: tokens[next..<mend.index])
            out.append(contentsOf: mend.with)
            next = mend.index + 1
        }
        out.append(contentsOf: tokens[next...])
        return out
    }

    /// True when the tokens `from...to` touch one another, no space between them.
    static func touching(_ tokens: [Token], _ from: Int, _ to: Int) -> Bool {
        (from..<to).allSatisfy { tokens[$0].range.end == tokens[$0 + 1].range.start }
    }

    /// Where to split a capitalised word glued to the next, or nil.
    static func cut(_ tokens: [Token], _ i: Int, scalars: [Unicode.Scalar], lexicon: PhraseTrie) -> Int? {
        let range = tokens[i].range
        // The first capital after a lower-case letter, or the last of a run of capitals followed by
        // a lower-case letter (`CNRSPierre`); a hyphenated word is left alone.
        var at: Int?
        var acronym = false
        for k in (range.start + 1)..<(range.end - 1) {
            let s = scalars[k]
            if FrenchTokenizer.isHyphen(s) { return nil }
            guard s.isUppercaseLetter, scalars[k + 1].isLowercaseLetter else { continue }
            if scalars[k - 1].isLowercaseLetter {
                at = k
            } else if scalars[k - 1].isUppercaseLetter, k - range.start >= minimumAcronym,
                      (range.start..<k).allSatisfy({ scalars[$0].isUppercaseLetter }) {
                at = k
                acronym = true
            }
            break
        }
        guard let at, acronym || at - range.start >= minimumHead, range.end - at >= 2 else { return nil }
        guard lexicon.categories(ofWord: tokens[i].folded).isDisjoint(with: .anyName) else { return nil }
        let headIs = lexicon.categories(ofWord: fold(scalars, TextRange(range.start, at)))
        let tailIs = lexicon.categories(ofWord: fold(scalars, TextRange(at, range.end)))
        if headIs.contains(.nameParticle) { return nil }
        // Two letters are too few to tell (`ComediHa`, `ChabaNe`) unless a sentence goes on after
        // them (`HebdoLe journal`).
        let short = range.end - at < 3
        if acronym { return tailIs.contains(.givenName) && !short ? at : nil }
        if tailIs.contains(.givenName) && !short { return at }
        if tailIs.contains(.functionWord) && (!short || i + 1 < tokens.count && tokens[i + 1].isLowercaseWord) { return at }
        if tailIs.contains(.commonWord), !headIs.isDisjoint(with: .anyLocation), range.end - at >= minimumHead { return at }
        return nil
    }

    /// The lexicon key of `range` (`Folding.fold`, as the tokenizer makes it).
    static func fold(_ scalars: [Unicode.Scalar], _ range: TextRange) -> String {
        Folding.fold(scalars, range) ?? Folding.fold(scalars.string(range))
    }

    static func make(_ range: TextRange, scalars: [Unicode.Scalar], startsLine: Bool) -> Token {
        Token(kind: .word, range: range, text: scalars.string(range), folded: fold(scalars, range), startsLine: startsLine,
              scalars: scalars[range.start..<range.end])
    }
}
