import KiosqueCore
public enum Reader { public static func run(articles: [Article], issues: [LoadIssue]) -> Int32 { 0 } }
