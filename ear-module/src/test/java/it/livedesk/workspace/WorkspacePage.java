package it.livedesk.workspace;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workspace as an agent sees it, driven in headless Chromium. Elements are found by their data-testid,
 * which the pages keep stable for tests; every step waits for what the agent would wait for (explicit
 * waits, no sleeps). The list and the open conversation re-render on their five-second poll, so every wait
 * looks elements up afresh and shrugs off a stale one.
 */
final class WorkspacePage implements AutoCloseable {

    /** Long enough for a slow CI machine and one missed poll; a real failure still ends the test quickly. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final HeadlessChromium chromium;
    private final WebDriver browser;

    /** A message as the thread shows it. */
    record ShownMessage(String type, String content, String sender, String deliveryStatus) {
    }

    private WorkspacePage(HeadlessChromium chromium) {
        this.chromium = chromium;
        this.browser = chromium.browser();
    }

    /** The workspace in a fresh headless Chromium (see {@link HeadlessChromium}). */
    static WorkspacePage openInChromium(String baseUrl) {
        WorkspacePage page = new WorkspacePage(HeadlessChromium.start());
        page.browser.get(baseUrl + "/");
        return page;
    }

    // Signing in and out

    void signIn(String email, String password) {
        WebElement form = waitFor("the sign-in form")
                .until(ExpectedConditions.visibilityOfElementLocated(testId("signin-form")));
        form.findElement(testId("signin-email")).sendKeys(email);
        form.findElement(testId("signin-password")).sendKeys(password);
        form.findElement(testId("signin-submit")).click();
    }

    /** The signed-in agent's name, once the workspace shows it. */
    String signedInName() {
        return waitFor("the workspace with the signed-in agent's name")
                .until(browser -> nonBlank(browser.findElement(testId("current-user-name")).getText()));
    }

    /** The reason the sign-in form gives, once it is shown. */
    String signInError() {
        return waitFor("the sign-in form with an error")
                .until(browser -> {
                    WebElement error = browser.findElement(testId("signin-error"));
                    return browser.findElement(testId("signin-form")).isDisplayed() && error.isDisplayed()
                            ? nonBlank(error.getText()) : null;
                });
    }

    void waitForTheSignInForm() {
        waitFor("the sign-in form").until(ExpectedConditions.visibilityOfElementLocated(testId("signin-form")));
    }

    void signOut() {
        click(testId("sign-out"));
    }

    /** The bearer token the page keeps for this tab. */
    String sessionToken() {
        return (String) script("return sessionStorage.getItem('livedesk.token');");
    }

    // The list

    /** view: mine, unassigned or any. */
    void showView(String view) {
        click(testId("view-" + view));
        waitFor("the " + view + " view to be the current one")
                .until(ExpectedConditions.attributeToBe(testId("view-" + view), "aria-current", "page"));
    }

    /** The preview text of a conversation in the list, once it is there. */
    String previewInList(long conversationId) {
        return waitFor("conversation " + conversationId + " in the list")
                .until(browser -> nonBlank(browser.findElement(listItem(conversationId))
                        .findElement(testId("conversation-preview")).getText()));
    }

    void openConversation(long conversationId) {
        click(listItem(conversationId));
        waitFor("conversation " + conversationId + " to open")
                .until(ExpectedConditions.visibilityOfElementLocated(testId("message-thread")));
    }

    void waitUntilTheListNoLongerShows(long conversationId) {
        waitFor("conversation " + conversationId + " to leave the list")
                .until(ExpectedConditions.numberOfElementsToBe(listItem(conversationId), 0));
    }

    // The open conversation

    /** Waits for a message of this type and content in the thread and reads it as shown. */
    ShownMessage waitForMessage(String type, String content) {
        By ofType = By.cssSelector("[data-testid='message'][data-message-type='" + type + "']");
        return waitFor("a message of type " + type + " saying '" + content + "'")
                .until(browser -> browser.findElements(ofType).stream()
                        .map(message -> new ShownMessage(type,
                                textOfFirst(message, "message-content"),
                                textOfFirst(message, "message-sender"),
                                message.findElements(testId("delivery-status")).stream()
                                        .map(status -> status.getDomAttribute("data-status")).findFirst().orElse(null)))
                        .filter(shown -> shown.content().equals(content))
                        .findFirst().orElse(null));
    }

    /** Waits until our reply saying {@code content} shows this delivery status (data-status: QUEUED, SENT, FAILED...). */
    void waitForDeliveryStatus(String content, String status) {
        waitFor("the reply '" + content + "' to show as " + status)
                .until(browser -> messageSaying(browser, "OUTGOING", content)
                        .flatMap(message -> message.findElements(testId("delivery-status")).stream().findFirst())
                        .map(shown -> status.equals(shown.getDomAttribute("data-status"))).orElse(false));
    }

    /** Why our reply saying {@code content} was not delivered, as shown under it once it failed. */
    String failureReasonOf(String content) {
        return waitFor("the reply '" + content + "' to show why it failed")
                .until(browser -> messageSaying(browser, "OUTGOING", content)
                        .map(message -> nonBlank(textOfFirst(message, "message-failure-reason"))).orElse(null));
    }

    /** Clicks Retry under the failed reply saying {@code content}. */
    void retry(String content) {
        waitFor("Retry under the failed reply '" + content + "'").until(browser -> {
            Optional<WebElement> retry = messageSaying(browser, "OUTGOING", content)
                    .flatMap(message -> message.findElements(testId("message-retry")).stream().findFirst());
            if (retry.isEmpty() || !retry.get().isEnabled()) {
                return false;
            }
            retry.get().click();
            return true;
        });
    }

    /** The emoji badge on the message saying {@code content}, once the customer's reaction shows. */
    String reactionOn(String type, String content) {
        return waitFor("a reaction on '" + content + "'")
                .until(browser -> messageSaying(browser, type, content)
                        .map(message -> nonBlank(textOfFirst(message, "message-reaction"))).orElse(null));
    }

    /**
     * The "Edited" label of the message now saying {@code content} and, after opening it as an agent would, the
     * text the customer first sent: {@code "Edited: original"}.
     */
    String editOf(String type, String content) {
        return waitFor("the message '" + content + "' to show as edited, with its original text")
                .until(browser -> {
                    Optional<WebElement> edited = messageSaying(browser, type, content)
                            .flatMap(message -> message.findElements(testId("message-edited")).stream().findFirst());
                    if (edited.isEmpty()) {
                        return null;
                    }
                    WebElement label = edited.get().findElement(By.tagName("summary"));
                    if (edited.get().getDomAttribute("open") == null) {
                        label.click();
                    }
                    String original = nonBlank(edited.get().findElement(testId("message-original")).getText());
                    return original == null ? null : label.getText() + ": " + original;
                });
    }

    /** The notes under the message saying {@code content} ("Button: Get Started", "Came from: ..."), once shown. */
    List<String> notesOn(String type, String content) {
        return waitFor("notes under '" + content + "'")
                .until(browser -> messageSaying(browser, type, content)
                        .map(message -> message.findElements(testId("message-note")).stream()
                                .map(WebElement::getText).toList())
                        .filter(notes -> !notes.isEmpty()).orElse(null));
    }

    /** Where the customer came from, as the contact sidebar says it. */
    String cameFromInSidebar() {
        return waitFor("'Came from' in the sidebar")
                .until(browser -> browser.findElements(testId("conversation-referral")).stream()
                        .map(WebElement::getText).map(WorkspacePage::nonBlank).filter(text -> text != null)
                        .findFirst().orElse(null));
    }

    /** The server's reason for not sending, as shown beside the composer. */
    String composerProblem() {
        return waitFor("the reason beside the composer")
                .until(browser -> {
                    WebElement problem = browser.findElement(testId("composer-problem"));
                    return problem.isDisplayed() ? nonBlank(problem.findElement(testId("composer-problem-text")).getText())
                            : null;
                });
    }

    /** How the channel lets the agent answer, as said above the composer: its standing, then its text. */
    List<String> replyWindow() {
        return waitFor("the reply window above the composer")
                .until(browser -> browser.findElements(testId("reply-window")).stream().filter(WebElement::isDisplayed)
                        .map(note -> List.of(note.getDomAttribute("data-standing"), note.getText()))
                        .findFirst().orElse(null));
    }

    /** What the composer holds (the agent's unsent text). */
    String composerText() {
        return composer().getDomProperty("value");
    }

    /** The message toasts show now. */
    List<String> toasts() {
        return browser.findElements(testId("toast")).stream().map(WebElement::getText).toList();
    }

    /** The contact's name in the profile sidebar, once the profile has loaded. */
    String contactNameInProfile() {
        return waitFor("the contact profile")
                .until(browser -> nonBlank(browser.findElement(testId("contact-name")).getText()));
    }

    String conversationTitle() {
        return waitFor("the conversation's title")
                .until(browser -> nonBlank(browser.findElement(testId("conversation-title")).getText()));
    }

    void reply(String text) {
        write("composer-reply-tab", text);
        composer().sendKeys(Keys.ENTER);
    }

    void addPrivateNote(String text) {
        write("composer-note-tab", text);
        click(testId("composer-send"));
    }

    /** Resolves the open conversation and waits until the header says so. */
    void resolve() {
        click(testId("action-resolve"));
        waitFor("the conversation to show as resolved")
                .until(ExpectedConditions.textToBe(testId("conversation-status"), "Resolved"));
    }

    /** Elements matching a CSS selector inside the message thread (for checks that nothing else got in). */
    int countInThread(String cssSelector) {
        return browser.findElement(testId("message-thread")).findElements(By.cssSelector(cssSelector)).size();
    }

    Object script(String javascript) {
        return ((JavascriptExecutor) browser).executeScript(javascript);
    }

    @Override
    public void close() {
        chromium.close();
    }

    private void write(String tab, String text) {
        click(testId(tab));
        WebElement input = composer();
        input.clear();
        input.sendKeys(text);
    }

    private WebElement composer() {
        return waitFor("the composer").until(ExpectedConditions.elementToBeClickable(testId("composer-input")));
    }

    /** Clicks once the element can be clicked; a re-render between finding and clicking is simply retried. */
    private void click(By target) {
        waitFor(target + " to be clickable").until(browser -> {
            WebElement element = browser.findElement(target);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /**
     * A wait for one thing, named for the failure message. An element replaced by a re-render (stale) or
     * covered for a moment (a toast) is looked up or clicked again rather than failing the test.
     */
    private WebDriverWait waitFor(String what) {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.withMessage("waiting for " + what)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class);
        return wait;
    }

    private static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    /** A message with only an attachment has no content element: that reads as "", not as an error. */
    private static String textOfFirst(WebElement within, String id) {
        return within.findElements(testId(id)).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The message of this type whose text (as shown) is {@code content}, if the thread shows it now. */
    private static Optional<WebElement> messageSaying(WebDriver browser, String type, String content) {
        return browser.findElements(By.cssSelector("[data-testid='message'][data-message-type='" + type + "']")).stream()
                .filter(message -> textOfFirst(message, "message-content").equals(content))
                .findFirst();
    }

    private static By listItem(long conversationId) {
        return By.cssSelector("[data-testid='conversation-item'][data-conversation-id='" + conversationId + "']");
    }

    private static String nonBlank(String text) {
        return Optional.ofNullable(text).filter(value -> !value.isBlank()).orElse(null);
    }
}
