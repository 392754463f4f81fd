import KiosqueCore

/// The reader's corpus-wide entity index is the core's (`EntityIndex`, readable entities only):
/// the index worker builds it in the background from every stored analysis once the catalogue is
/// complete, and `Message.entityIndex` brings it.
public typealias EntityArticleIndex = EntityIndex
