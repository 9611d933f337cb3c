package vn.thiduaflow.simulation;

import java.nio.charset.StandardCharsets;

/** The scan the scripted actors upload for every signed document. */
final class SignedScan {

  /** A one-page PDF standing for a signed scan of a dossier document. Never modify. */
  static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
      + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>"
      + "endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

  private SignedScan() {
  }
}
