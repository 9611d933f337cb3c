package vn.thiduaflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What a person does on Tasklist's pages, for the browser tests: find a unit's task, claim it in the filter «Việc của
 * đơn vị tôi» and open it, fill a Camunda Form's fields (form-js 1.8.7) by their Vietnamese labels, complete it, and
 * read the page's text for English that form-js or Tasklist left untranslated.
 */
final class TasklistPages {

  /** The form-js block (row of a dynamic list) number {@code %d}, from 1. */
  static final String ROW = "(//div[contains(@class,'fjs-repeat-row-container')])[%d]";

  /**
   * Texts form-js 1.8.7, flatpickr and Tasklist show in English when a translation is missing: validation messages,
   * the select's placeholder, buttons, relative times, month and weekday names. Matched as whole words, case-sensitive.
   */
  static final List<String> ENGLISH = List.of("Field is required", "Field must", "Select", "Search", "No results",
      "Add new", "Remove", "Submit", "Complete", "Save", "Cancel", "Claim", "Unclaim", "Reset", "Close", "Loading",
      "ago", "in a few seconds", "a few seconds", "Today", "January", "February", "March", "April", "June", "July",
      "August", "September", "October", "November", "December", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
      "Created", "Due", "Follow-up", "Assignee", "Form", "History", "Diagram", "Description", "Filters", "Tasks",
      "Processes", "Dashboard", "Decisions", "Human Tasks", "Deployments", "Logout", "Sign out", "Start process",
      "Download", "Upload", "required", "Overdue", "Rule violations", "Add comment", "Set follow-up date",
      "Set due date");

  private final ProcessEngine engine;

  TasklistPages(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The unit's open task of a model element, or null. */
  Task only(ProcessInstance unit, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(unit.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  /** Waits up to 10 s for the unit's task of a model element. */
  Task waitForTask(ProcessInstance unit, String key) {
    long until = System.currentTimeMillis() + 10_000;
    Task t;
    while ((t = only(unit, key)) == null && System.currentTimeMillis() < until) {
      Thread.onSpinWait();
    }
    assertThat(t).as(key + " open").isNotNull();
    return t;
  }

  /** The id of the Tasklist filter «Việc của đơn vị tôi». */
  String unitFilter() {
    return engine.getFilterService().createFilterQuery().filterName("Việc của đơn vị tôi").singleResult().getId();
  }

  /** The task's card in Tasklist's list. */
  static By entry(Task task) {
    return By.cssSelector(".tasks-list a[href*='task=" + task.getId() + "']");
  }

  /** Opens a group task in the unit's filter, claims it («Nhận việc») and opens it again once the list re-rendered. */
  void claimAndOpen(Browser browser, Task task) {
    By entry = entry(task);
    browser.open("/camunda/app/tasklist/default/#/?filter=" + unitFilter() + "&task=" + task.getId());
    browser.waitFor(entry);
    browser.click(By.xpath("//*[self::a or self::button][normalize-space()='Nhận việc']"));
    var tasks = engine.getTaskService();
    Browser.waitUpTo(browser.driver, 30).until(d -> tasks.createTaskQuery()
        .taskId(task.getId()).singleResult().getAssignee() != null);
    browser.waitForText(By.cssSelector(".tasks-list"), engine.getIdentityService().createUserQuery()
        .userId(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).singleResult()
        .getFirstName());
    browser.click(entry);
    browser.waitUntilGone(By.cssSelector(".disabled-form"));
  }

  /** Ticks a form-js checkbox by its label (the input itself) and waits until it is ticked. */
  static void check(Browser browser, String label) {
    By box = By.xpath("//input[@type='checkbox'][@id = //label[contains(., " + Browser.xpathLiteral(label) + ")]/@for]");
    browser.clickInView(browser.waitFor(box));
    Browser.waitUpTo(browser.driver, 5).until(d -> d.findElement(box).isSelected());
  }

  /** Clicks Tasklist's «Hoàn thành» once it is enabled. */
  static void complete(Browser browser) {
    browser.settle();
    By complete = By.cssSelector("button[ng-click='complete()']");
    Browser.waitUpTo(browser.driver, 10).until(d -> d.findElement(complete).isEnabled());
    browser.clickInView(browser.driver.findElement(complete));
  }

  /** Types into a field of block {@code row} of a dynamic list, found by its label. */
  static void type(Browser browser, int row, String label, String tag, String text) {
    typeUntilKept(browser, By.xpath(ROW.formatted(row) + "//" + tag + "[@id = //label[contains(., "
        + Browser.xpathLiteral(label) + ")]/@for]"), "row " + row + ", " + label, text);
  }

  /**
   * {@link #typeField} and waits until form-js keeps the text past its debounced change (a field typed right after
   * a list's field, whose change may redraw the form with its state of a moment before).
   */
  static void typeFieldUntilKept(Browser browser, String label, String text) {
    typeUntilKept(browser, By.xpath("//input[@id = //label[contains(., " + Browser.xpathLiteral(label) + ")]/@for]"),
        label, text);
  }

  /**
   * Types {@code text} into the field {@code by}; {@link Browser#settle} checks before the next click, navigation or
   * screenshot that it still holds it past form-js's debounced change (form-js may draw the form again with its state
   * of a moment before, a field typed just before): consecutive fields are typed at once and checked together.
   */
  private static void typeUntilKept(Browser browser, By by, String where, String text) {
    browser.typeKept(by, where, text);
  }

  /** Types into a field outside a list, found by its label ({@code ""} clears it). */
  static void typeField(Browser browser, String label, String text) {
    browser.enter(By.xpath("//input[@id = //label[contains(., " + Browser.xpathLiteral(label) + ")]/@for]"), text);
  }

  /** Picks an option of a form-js select in block {@code row}: opens its drop-down and clicks the option. */
  static void choose(Browser browser, int row, String label, String option) {
    choose(browser, ROW.formatted(row), label, option);
  }

  /** Picks an option of a form-js select outside a list. */
  static void chooseField(Browser browser, String label, String option) {
    choose(browser, "", label, option);
  }

  private static void choose(Browser browser, String scope, String label, String option) {
    By select = By.xpath(scope + "//div[contains(@class,'fjs-form-field-select')][.//label[contains(., "
        + Browser.xpathLiteral(label) + ")]]");
    By display = By.xpath(scope + "//div[contains(@class,'fjs-form-field-select')]"
        + "[.//label[contains(., " + Browser.xpathLiteral(label) + ")]]//div[contains(@class,'fjs-select-display')]");
    By items = By.xpath(scope + "//div[contains(@class,'fjs-dropdownlist-item')]"
        + "[normalize-space(.)=" + Browser.xpathLiteral(option) + " or starts-with(normalize-space(.), "
        + Browser.xpathLiteral(option) + ")]");
    // a click toggles the drop-down; one that was open (or closed by the focus leaving) is clicked again
    for (int attempt = 1; attempt <= 3 && browser.driver.findElements(items).isEmpty(); attempt++) {
      browser.clickInView(browser.waitFor(display));
      try {
        Browser.waitUpTo(browser.driver, 3).until(d -> !d.findElements(items).isEmpty());
      } catch (org.openqa.selenium.TimeoutException e) {
        // once more
      }
    }
    WebElement item = browser.waitFor(items);
    browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
    new org.openqa.selenium.interactions.Actions(browser.driver).moveToElement(item).click().perform();
    try {
      Browser.waitUpTo(browser.driver, 5).until(d -> d.findElement(select).getText()
          .replaceAll("\\s+", " ").contains(option));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError((scope.isEmpty() ? "" : scope + ", ") + label + ": '" + option
          + "' not chosen, the field shows '" + browser.driver.findElement(select).getText() + "' "
          + browser.evidence("choose"), e);
    }
  }

  /**
   * The options a form-js select offers, in order. Its drop-down is left open ({@link #chooseField} then picks from
   * it: form-js 1.8.7 does not open it again after it was closed by a click beside it).
   */
  static List<String> options(Browser browser, String label) {
    WebElement display = browser.waitFor(By.xpath("//div[contains(@class,'fjs-form-field-select')][.//label[contains(., "
        + Browser.xpathLiteral(label) + ")]]//div[contains(@class,'fjs-select-display')]"));
    browser.clickInView(display);
    browser.waitFor(By.cssSelector(".fjs-dropdownlist-item"));
    List<String> options = browser.driver.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .map(e -> e.getText().strip()).toList();
    return options;
  }

  /** Clicks the radio option {@code option} of block {@code row}'s radio field (or of the whole form, row 0). */
  static void radio(Browser browser, int row, String option) {
    String scope = row == 0 ? "" : ROW.formatted(row);
    By input = By.xpath(scope + "//div[contains(@class,'fjs-form-field-radio')]//input[@type='radio'][@id = "
        + scope + "//label[normalize-space(.)=" + Browser.xpathLiteral(option) + "]/@for]");
    WebElement box = browser.waitFor(input);
    browser.clickInView(box);
    Browser.waitUpTo(browser.driver, 5).until(d -> d.findElement(input).isSelected());
  }

  /**
   * The English words of {@link #ENGLISH} in the page's visible text (whole words), each with a little of its
   * surroundings; empty when there is none.
   */
  static List<String> englishOn(Browser browser) {
    String text = browser.visibleText();
    List<String> found = new ArrayList<>();
    for (String word : ENGLISH) {
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text);
      while (m.find()) {
        String around = text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30))
            .replaceAll("\\s+", " ");
        found.add(word + " «…" + around + "…»");
      }
    }
    return found;
  }
}
