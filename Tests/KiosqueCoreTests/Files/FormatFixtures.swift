import Foundation

/// Small feeds and pages written by the tests (never copied from ../shared): the folder of issue 13,
/// two saved pages, an RSS feed, an Atom feed, three notes, and files that are not articles.
enum FormatFixtures {
    static let page1 = """
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Le réacteur de Flamanville</title>
        <meta property="og:title" content="Le réacteur de Flamanville démarre">
        <script>var x = "<p>pas ça</p>";</script><style>p { color: red }</style></head>
        <body><h1>Le réacteur de Flamanville démarre</h1>
        <p>EDF a annoncé mardi le démarrage du réacteur EPR de Flamanville, avec douze ans de retard.</p>
        <p>Le chantier avait coûté plus de 13 milliards d'euros selon la Cour des comptes.</p>
        </body></html>
        """

    static let page2 = """
        <html><body><article><h1>Grève à la SNCF</h1><p>Les syndicats de cheminots appellent à la grève jeudi pour les \
        salaires.</p><p>La direction propose une prime de 400 euros.</p></article></body></html>
        """

    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Le Quotidien</title><link>https://quotidien.example/</link><language>fr</language>
        <item><title>Budget : le gouvernement &amp; l'Assemblée</title><link>https://quotidien.example/budget</link>
        <guid>https://quotidien.example/budget</guid><pubDate>2024-03-15</pubDate><dc:creator>Marie Dupont</dc:creator>
        <description><![CDATA[<p>Le projet de budget a été adopté par l'Assemblée nationale.</p><p>Les députés ont voté jeudi soir.</p>]]></description></item>
        <item><title>Inondations dans le Pas-de-Calais</title><link>https://quotidien.example/inondations</link>
        <guid isPermaLink="false">id-42</guid><pubDate>2024-03-16</pubDate>
        <content:encoded><![CDATA[<p>Les pluies ont fait déborder la Canche.</p><script>alert(1)</script>]]></content:encoded></item>
        </channel></rss>
        """

    static let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Veille Énergie</title><id>urn:veille</id>
        <updated>2024-03-15</updated>
        <entry><title type="html">Le prix du &lt;b&gt;gaz&lt;/b&gt; baisse</title><id>urn:veille:1</id>
        <link href="https://veille.example/gaz"/><published>2024-03-14</published><author><name>Paul Martin</name></author>
        <content type="html">&lt;p&gt;Le prix du gaz a baissé de 5 % en mars.&lt;/p&gt;&lt;p&gt;Les ménages en profiteront.&lt;/p&gt;</content></entry>
        </feed>
        """

    static let notes = [
        "n1.txt": "Note un\n\nLa réunion avec le ministre est prévue lundi.\n",
        "n2.txt": "Note deux\n\nLe rapport sur l'énergie arrive mardi.\n",
        "n3.txt": "Note trois\n\nAppeler la rédaction du journal.\n",
    ]

    /// Writes the folder of issue 13 into `folder`, plus a PDF, a PNG, a hidden file and a feed
    /// without extension (`flux`) when `extras`.
    static func writeFolder(_ folder: URL, extras: Bool = true) throws {
        var files = ["page1.html": page1, "page2.htm": page2, "actu.rss": rss, "veille.atom": atom]
        files.merge(notes) { $1 }
        if extras {
            files["rapport.pdf"] = "%PDF-1.4 not an article"
            files["photo.png"] = "\u{89}PNG not an article"
            files[".cache.pdf"] = "hidden"
        }
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
    }
}
