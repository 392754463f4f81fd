/// The program's version: `kiosque --version`, and the User-Agent of its fetches.
public enum KiosqueVersion {
    public static let current = "0.14.0"
}
