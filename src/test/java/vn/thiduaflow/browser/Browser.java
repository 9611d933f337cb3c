package vn.thiduaflow.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromium-driver (packages {@code chromium} and
 * {@code chromium-driver}, installed by {@code .ci/run}; README), in Vietnamese, on the application under test.
 * Screenshots go to {@code target/screenshots/} for a person to look at. Missing browser packages fail the test with
 * the command that installs them; nothing is downloaded.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /**
   * How often the waits look again: Selenium's default of 500 ms made each step that is not ready at the first look
   * wait half a second, some hundred times per walk.
   */
  static final Duration POLL = Duration.ofMillis(50);
  private static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
  private static final String DRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");

  final ChromeDriver driver;
  private final String base;
  /** The Chromium behind {@link #driver}: the test JVM's shared one or this browser's own. */
  private final Chromium chromium;
  /** Fields typed since the page last settled, which form-js's debounced change may still draw back. */
  private final List<Typed> unsettled = new ArrayList<>();

  private record Typed(By by, String where, String text) {}

  /**
   * The test JVM's Chromium, shared by every browser test one after another (started at the first, quit when the JVM
   * ends): each start and first page of Tasklist in an empty cache cost ≈ 2 s, some twenty times per suite. Between
   * tests it is emptied ({@link #close}); the cache of the webapps' scripts stays, as on a person's own computer.
   */
  private static Chromium suite;
  /** Whether a test holds the shared browser (one at a time: they would share its one window). */
  private static boolean suiteInUse;

  /** A started Chromium and its profile directory. */
  private record Chromium(ChromeDriver driver, Path profile) {

    boolean alive() {
      try {
        driver.getWindowHandle();
        return true;
      } catch (org.openqa.selenium.WebDriverException e) {
        return false;
      }
    }

    void quit() {
      try {
        driver.quit();
      } catch (org.openqa.selenium.WebDriverException alreadyGone) {
        // quit before, or the browser died: nothing left to stop
      } finally {
        org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
      }
    }
  }

  private final boolean shared;
  /** The window the browser had when this test got it. */
  private final String home;

  /**
   * The test JVM's shared browser ({@link #suite}), on {@code http://localhost:<port>}, with no one logged in and no
   * cookies or storage of the application; one test at a time. {@link #close} empties it for the next test.
   */
  Browser(int port) {
    this(port, true);
  }

  /** A browser of its own, with its own empty profile, for a test that needs two people at once; quit on close. */
  static Browser separate(int port) {
    return new Browser(port, false);
  }

  private Browser(int port, boolean shared) {
    this.shared = shared;
    if (shared) {
      synchronized (Browser.class) {
        if (suiteInUse) {
          throw new IllegalStateException("the shared browser is still open in this test: close it first, or use "
              + "Browser.separate for two people at once");
        }
        if (suite == null || !suite.alive()) {
          suite = start();
          Chromium started = suite;
          Runtime.getRuntime().addShutdownHook(new Thread(started::quit, "chromium-quit"));
        }
        chromium = suite;
        suiteInUse = true;
      }
    } else {
      chromium = start();
    }
    driver = chromium.driver();
    base = "http://localhost:" + port;
    home = driver.getWindowHandle();
  }

  private static Chromium start() {
    if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
      throw new IllegalStateException("Browser tests need Debian's Chromium and its driver (" + CHROMIUM + ", " + DRIVER
          + "): sudo apt-get install -y chromium chromium-driver");
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("thiduaflow-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    // the flags this machine's closed network needs (README); Vietnamese as the browser's language
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
        "--window-size=1400,1000", "--lang=vi", "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi,en"));
    // the page's console (script errors, refused requests) goes with the evidence of a failure
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
        .usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    return new Chromium(driver, profile);
  }

  /** A wait of up to {@code seconds} that looks every {@link #POLL}. */
  static WebDriverWait waitUpTo(WebDriver driver, int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds), POLL);
  }

  /** Opens a path of the application ({@code /camunda/app/tasklist/default/}). */
  void open(String path) {
    settle();
    driver.get(base + path);
  }

  /**
   * Logs in on a Camunda webapp's login form (Tasklist, Cockpit) and waits until the form is gone. A login form that
   * is still there after 30 s is filled once more (a slow first start of the app in a fresh browser); the second
   * failure is an error with what the page showed.
   */
  void login(String app, String username, String password) {
    open("/camunda/app/" + app + "/default/");
    if (!signIn(app, username, password, false)) {
      open("/camunda/app/" + app + "/default/");
      signIn(app, username, password, true);
    }
  }

  /**
   * Fills and sends the login form the page shows (or is about to show); true once the form is gone within 30 s,
   * false when it is still there (or, when {@code lastTry}, an error with what the page showed).
   */
  private boolean signIn(String app, String username, String password, boolean lastTry) {
    // the login view's autofocus may take the focus back to the user name while the password is typed (that text
    // then lands in the user name): filled again until both fields hold what was typed
    for (int fill = 1; ; fill++) {
      WebElement user = waitFor(By.cssSelector("input[ng-model='username']"));
      user.clear();
      user.sendKeys(username);
      WebElement secret = driver.findElement(By.cssSelector("input[ng-model='password']"));
      secret.clear();
      secret.sendKeys(password);
      if (username.equals(user.getDomProperty("value")) && password.equals(secret.getDomProperty("value"))) {
        break;
      }
      if (fill == 5) {
        throw new AssertionError(username + "'s login form to " + app + " does not keep what was typed: "
            + evidence("login"));
      }
    }
    driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    try {
      // a first login navigates away (to the Welcome page) while the form is looked at: Chrome then aborts the
      // look-up ("aborted by navigation"), which says nothing about the login; look again
      waitUpTo(driver, 30).ignoring(org.openqa.selenium.WebDriverException.class)
          .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
      return true;
    } catch (org.openqa.selenium.TimeoutException e) {
      if (lastTry) {
        throw new AssertionError(username + " could not log in to " + app + ": " + evidence("login"), e);
      }
      return false;
    }
  }

  /**
   * Hands the browser to the next person: whoever was logged in signs out, then {@code username} logs in to
   * {@code app}. Within the webapp already shown, as a person at a shared desk does: the header's «Đăng xuất» (the
   * app's own sign-out: the session ends on the server, the app drops its cached answers and shows its login form
   * without loading the page again), the application's local and session storage cleared, then the form. Otherwise
   * (another app, or no one signed in) the webapps' cookies are deleted and the app is opened anew as in
   * {@link #login}. One browser for everyone instead of a new Chromium per person: a start and quit cost 0.7 s and an
   * empty cache makes the first page of Tasklist load slower; a sign-out without a page load spares the app's start
   * (its scripts and plugins) per person.
   */
  void loginAs(String app, String username, String password) {
    settle();
    if (driver.getCurrentUrl().startsWith(base + "/camunda/app/" + app + "/")
        && !driver.findElements(By.cssSelector("li.logout a")).isEmpty()) {
      driver.executeScript("document.querySelector('li.logout a').click();");
      waitFor(By.cssSelector("input[ng-model='username']"));
      driver.executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
      if (signIn(app, username, password, false)) {
        return;
      }
    }
    if (driver.getCurrentUrl().startsWith(base)) {
      driver.executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
    }
    driver.manage().deleteAllCookies();
    driver.get("about:blank");
    login(app, username, password);
  }

  /**
   * Waits up to 30 s for a visible element; on time-out, what the browser showed is saved as
   * {@code target/screenshots/timeout-<n>.png} and {@code .html} and the error names them.
   */
  WebElement waitFor(By by) {
    try {
      return waitUpTo(driver, 30).until(ExpectedConditions.visibilityOfElementLocated(by));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(by + " did not show up at " + driver.getCurrentUrl() + "; the page: "
          + evidence("timeout"), e);
    }
  }

  /**
   * Saves the screenshot, the page's HTML and its console under a fresh name; returns the screenshot's path.
   */
  String evidence(String prefix) {
    String name = prefix + "-" + System.nanoTime();
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
      StringBuilder console = new StringBuilder();
      driver.manage().logs().get("browser").forEach(e -> console.append(e).append('\n'));
      Files.writeString(SCREENSHOTS.resolve(name + ".console.txt"), console);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return screenshot(name).toString();
  }

  /**
   * Clicks an element once it is visible, finding it again when Tasklist has re-drawn it in between (a list refreshed
   * after a claim).
   */
  void click(By by) {
    settle();
    for (int attempt = 1; ; attempt++) {
      try {
        waitFor(by).click();
        return;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  /**
   * Attaches a nominee's achievement summary in the task open in Tasklist (a nominations task the logged-in user
   * works): opens the tab "Hồ sơ đính kèm", chooses {@code file} in the upload control of the nominee named
   * {@code nomineeName}, clicks "Tải lên tóm tắt thành tích" and waits until the tab says it was uploaded and lists
   * the file under that nominee.
   *
   * @param file a file on this machine (PDF, DOCX, JPEG, PNG or TIFF)
   * @return the name the file is listed under (the server's sanitized name: its type's extension added when the
   *     name lacked one)
   * @throws AssertionError with the message the tab showed and a screenshot when the upload was refused or nothing
   *     showed within 30 s
   */
  String attachSummary(String nomineeName, Path file) {
    openAttachmentsTab();
    By nominee = By.xpath("//section[contains(@class,'tdf-nominee')][h4[normalize-space()="
        + xpathLiteral(nomineeName) + "]]");
    WebElement input = waitFor(nominee).findElement(By.cssSelector("input.tdf-att-file-input"));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
    input.sendKeys(file.toAbsolutePath().toString());
    clickInView(waitFor(nominee).findElement(By.cssSelector("button.tdf-att-upload-button")));
    By outcome = By.cssSelector(".tdf-attachments .tdf-att-message.alert-success, "
        + ".tdf-attachments .tdf-att-message.alert-danger");
    try {
      waitUpTo(driver, 30).until(d -> d.findElements(outcome).stream()
          .anyMatch(WebElement::isDisplayed));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("no answer to the upload of " + file + ": " + evidence("attach-summary"), e);
    }
    WebElement message = driver.findElement(outcome);
    if (!message.getDomAttribute("class").contains("alert-success")) {
      throw new AssertionError("the upload of " + file + " was refused: " + message.getText() + " "
          + evidence("attach-summary-refused"));
    }
    String sent = file.getFileName().toString();
    By row = By.xpath("//section[contains(@class,'tdf-nominee')][h4[normalize-space()=" + xpathLiteral(nomineeName)
        + "]]//td[contains(@class,'tdf-att-name')][starts-with(normalize-space(), " + xpathLiteral(sent) + ")]");
    return waitFor(row).getText();
  }

  /** Opens the task's tab "Hồ sơ đính kèm" (the attachments plugin) and waits until it has loaded. */
  void openAttachmentsTab() {
    By tab = By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Hồ sơ đính kèm']");
    for (int attempt = 1; ; attempt++) {
      try {
        clickInView(waitFor(tab));
        break;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
    waitFor(By.cssSelector(".tdf-attachments h3, .tdf-attachments .tdf-att-error, .tdf-attachments .tdf-att-none"));
  }

  /**
   * Scrolls an element to the middle of the window and clicks it; when something lies over it (Tasklist's
   * notifications), clicks it through the page's script instead.
   */
  void clickInView(WebElement element) {
    settle();
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    try {
      element.click();
    } catch (org.openqa.selenium.ElementClickInterceptedException e) {
      driver.executeScript("arguments[0].click()", element);
    }
  }

  /**
   * Types {@code text} into the field {@code by} (all it held replaced; {@code ""} clears it), to be checked by the
   * next {@link #settle}; {@code where} names the field in an error.
   */
  void typeKept(By by, String where, String text) {
    enter(by, text);
    unsettled.add(new Typed(by, where, text));
  }

  /**
   * Waits out form-js's debounced change (300 ms) once for all fields typed since the last call and types again each
   * one it drew back, until all hold what was typed: up to three rounds, else an error naming the field with the
   * page's evidence. One wait per form instead of one per field; called before every click, navigation and
   * screenshot, so nothing else happens on a form with a change still pending.
   */
  void settle() {
    List<Typed> typed = List.copyOf(unsettled);
    unsettled.clear();
    for (int round = 1; !typed.isEmpty(); round++) {
      try {
        Thread.sleep(400); // past form-js's debounced change
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      List<Typed> lost = typed.stream()
          .filter(t -> !t.text().equals(driver.findElement(t.by()).getDomProperty("value"))).toList();
      if (lost.isEmpty()) {
        return;
      }
      if (round == 3) {
        throw new AssertionError(lost.get(0).where() + ": '" + lost.get(0).text() + "' does not stay typed "
            + evidence("type"));
      }
      lost.forEach(t -> enter(t.by(), t.text()));
    }
  }

  /** Types {@code text} into the field {@code by}, replacing all it held ({@code ""} clears it); nothing checked. */
  void enter(By by, String text) {
    WebElement field = waitFor(by);
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text.isEmpty() ? Keys.DELETE.toString() : text);
  }

  /** A string as an XPath literal, whatever quotes it holds. */
  static String xpathLiteral(String s) {
    if (!s.contains("'")) {
      return "'" + s + "'";
    }
    if (!s.contains("\"")) {
      return "\"" + s + "\"";
    }
    return "concat('" + s.replace("'", "', \"'\", '") + "')";
  }

  /** Waits up to 30 s until no element matches (what was on the page has left it). */
  void waitUntilGone(By by) {
    waitUpTo(driver, 30).until(d -> d.findElements(by).isEmpty());
  }

  /** Waits up to 30 s until an element's text contains {@code text}. */
  void waitForText(By by, String text) {
    waitUpTo(driver, 30).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
  Path screenshot(String name) {
    settle();
    try {
      Files.createDirectories(SCREENSHOTS);
      Path target = SCREENSHOTS.resolve(name + ".png");
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lets the browser save what a clicked link downloads into {@code directory} (Chrome DevTools'
   * {@code Browser.setDownloadBehavior}); returns the directory.
   */
  Path downloadInto(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
        "downloadPath", directory.toAbsolutePath().toString()));
    return directory;
  }

  /** Waits up to 30 s until {@code directory} holds the finished file {@code name}; returns its path. */
  Path waitForDownload(Path directory, String name) {
    Path file = directory.resolve(name);
    waitUpTo(driver, 30).until(d -> Files.isRegularFile(file)
        && !Files.exists(directory.resolve(name + ".crdownload")));
    return file;
  }

  /** The page's visible text ({@code innerText} of the body, also what lies below the scrolled view). */
  String visibleText() {
    return (String) driver.executeScript("return document.body ? document.body.innerText : ''");
  }

  /**
   * What a link of the page gives in the browser's session: the page's own {@code fetch} with its cookies.
   *
   * @param status the HTTP status
   * @param contentType the answer's Content-Type, or null
   * @param size the body's length (bytes)
   * @param head the body's first bytes (at most 8), as ISO-8859-1 text ("PK" then two control bytes for XLSX and DOCX, "%PDF-1.4")
   */
  record Fetched(String path, int status, String contentType, long size, String head) {}

  /** Fetches {@code path} (a link's {@code href}, absolute or relative to the page) in the page's session. */
  Fetched fetchInSession(String path) {
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    @SuppressWarnings("unchecked")
    Map<String, Object> answer = (Map<String, Object>) driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: 'same-origin'})
          .then(r => r.arrayBuffer().then(b => done({status: r.status, type: r.headers.get('content-type'),
            size: b.byteLength, head: String.fromCharCode(...new Uint8Array(b).slice(0, 8))})))
          .catch(e => done({status: -1, type: String(e), size: 0, head: ''}));
        """, path);
    return new Fetched(path, ((Number) answer.get("status")).intValue(), (String) answer.get("type"),
        ((Number) answer.get("size")).longValue(), (String) answer.get("head"));
  }

  /**
   * Uploads the signed file of a conference document in the task open in Tasklist (tab "Hồ sơ đính kèm", the block
   * of document {@code code}: "Tải lên bản đã ký" or "Thay bằng tệp khác"); the tab reloads the page after a stored
   * upload, so the tab is opened again and the block's file row is waited for.
   *
   * @return the file's name as the tab lists it
   * @throws AssertionError with the tab's message and a screenshot when the upload was refused or nothing happened
   */
  String uploadDocument(String code, Path file) {
    openAttachmentsTabAfterReload();
    By block = By.cssSelector(".tdf-document[data-document-code='" + code + "']");
    WebElement section = waitFor(block);
    // a replaced file may keep its row's id: the row is told apart by its id and text (name, size, time)
    String before = section.findElements(By.cssSelector("tr.tdf-doc-file")).stream()
        .map(r -> r.getDomAttribute("data-document-id") + " " + r.getText()).findFirst().orElse("");
    WebElement input = section.findElement(By.cssSelector("input.tdf-doc-file-input"));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
    input.sendKeys(file.toAbsolutePath().toString());
    clickInView(section.findElement(By.cssSelector("button.tdf-doc-upload-button")));
    try {
      waitUpTo(driver, 30).until(d -> {
        try {
          section.isDisplayed(); // still the page before the reload
          return !d.findElements(By.cssSelector(".tdf-doc-message.alert-danger")).isEmpty();
        } catch (org.openqa.selenium.WebDriverException reloaded) {
          // stale, or "Node with given id does not belong to the document": the page was reloaded
          return true;
        }
      });
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("no answer to the upload of " + file + " for " + code + ": " + evidence("upload-doc"), e);
    }
    var refused = driver.findElements(By.cssSelector(".tdf-doc-message.alert-danger"));
    if (!refused.isEmpty()) {
      throw new AssertionError("the upload of " + file + " for " + code + " was refused: " + refused.get(0).getText()
          + " " + evidence("upload-doc-refused"));
    }
    openAttachmentsTabAfterReload();
    By row = By.cssSelector(".tdf-document[data-document-code='" + code + "'] tr.tdf-doc-file");
    waitUpTo(driver, 30).until(d -> d.findElements(row).stream()
        .anyMatch(r -> !before.equals(r.getDomAttribute("data-document-id") + " " + r.getText())));
    return driver.findElement(By.cssSelector(".tdf-document[data-document-code='" + code + "'] .tdf-att-name"))
        .getText();
  }

  /**
   * {@link #openAttachmentsTab} on a page that the tab may just have reloaded: waits until the document has loaded and
   * tries again while Tasklist is still drawing it (elements replaced under the click).
   */
  private void openAttachmentsTabAfterReload() {
    for (int attempt = 1; ; attempt++) {
      waitUpTo(driver, 30).until(d -> "complete".equals(
          driver.executeScript("return document.readyState")));
      try {
        openAttachmentsTab();
        return;
      } catch (org.openqa.selenium.WebDriverException e) {
        if (attempt == 5) {
          throw e;
        }
        try {
          Thread.sleep(500);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /**
   * A browser of its own is quit. The shared one is emptied for the next test: tabs the test opened, the
   * application's storage (local, session, IndexedDB, caches), every cookie (the webapps' sessions and CSRF tokens),
   * downloads back to the default, the page left, its console read away.
   */
  @Override
  public void close() {
    if (!shared) {
      chromium.quit();
      return;
    }
    try {
      // tabs a test opened (target=_blank) are closed; the browser's own window stays
      for (String window : List.copyOf(driver.getWindowHandles())) {
        if (!window.equals(home)) {
          driver.switchTo().window(window).close();
        }
      }
      driver.switchTo().window(home);
      driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base,
          "storageTypes", "local_storage,session_storage,indexeddb,cache_storage,service_workers"));
      driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
      driver.get("about:blank");
      driver.manage().logs().get("browser"); // this test's console is not the next one's evidence
    } catch (org.openqa.selenium.WebDriverException e) {
      synchronized (Browser.class) { // a browser that cannot be emptied is not handed on
        if (suite == chromium) {
          suite.quit();
          suite = null;
        }
      }
    } finally {
      synchronized (Browser.class) {
        suiteInUse = false;
      }
    }
  }
}
