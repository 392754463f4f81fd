import KiosqueCore

/// One entity in the prediction format of `shared/eval/score.py`.
struct EntityJSON: Encodable {
    var start: Int
    var end: Int
    var type: String
    var text: String
    var canonical: String

    init(_ entity: Entity) {
        start = entity.range.start
        end = entity.range.end
        type = entity.kind.rawValue
        text = entity.text
        canonical = entity.canonical
    }
}

/// One line of `kiosque analyze`: an article's id and entities (`score.py`'s prediction line).
struct AnalysisJSON: Encodable {
    var id: String
    var entities: [EntityJSON]
}
