package it.livedesk.workspace;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Channels &amp; settings (channels.html) as an administrator uses it, in headless Chromium. Elements are found by
 * their data-testid; every step waits for what the administrator would wait for (explicit waits, no sleeps).
 */
final class ChannelSettingsPage implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final HeadlessChromium chromium;
    private final WebDriver browser;
    private final String baseUrl;

    private ChannelSettingsPage(HeadlessChromium chromium, String baseUrl) {
        this.chromium = chromium;
        this.browser = chromium.browser();
        this.baseUrl = baseUrl;
    }

    static ChannelSettingsPage openInChromium(String baseUrl) {
        ChannelSettingsPage page = new ChannelSettingsPage(HeadlessChromium.start(), baseUrl);
        page.browser.get(baseUrl + "/channels.html");
        return page;
    }

    // Signing in and moving around

    void signIn(String email, String password) {
        WebElement form = waitFor("the sign-in form")
                .until(ExpectedConditions.visibilityOfElementLocated(testId("signin-form")));
        form.findElement(testId("signin-email")).sendKeys(email);
        form.findElement(testId("signin-password")).sendKeys(password);
        form.findElement(testId("signin-submit")).click();
        waitFor("the signed-in user's name")
                .until(browser -> nonBlank(browser.findElement(testId("current-user-name")).getText()));
    }

    /** Opens an inbox's settings on a tab: general, agents, assignment, ai-agents or hours. */
    void openInboxSettings(long inboxId, String tab) {
        browser.get(baseUrl + "/channels.html#inbox-" + inboxId + "/" + tab);
        waitFor("the " + tab + " tab of inbox " + inboxId).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid='inbox-settings'][data-inbox-id='" + inboxId + "'] [data-testid='panel-" + tab + "']")));
    }

    void showTab(String tab) {
        click(testId("tab-" + tab));
        waitFor("the " + tab + " tab").until(ExpectedConditions.visibilityOfElementLocated(testId("panel-" + tab)));
    }

    /** What an agent sees instead of the settings. */
    String needsAdministratorText() {
        return waitFor("the page telling an agent they need an administrator")
                .until(browser -> nonBlank(browser.findElement(testId("needs-administrator")).getText()));
    }

    // Settings forms

    /** Turns a switch (greeting-enabled, csat-enabled, hours-enabled, assignment-auto, ...) on or off. */
    void setSwitch(String testId, boolean on) {
        waitFor("the switch " + testId).until(browser -> {
            WebElement input = browser.findElement(testId(testId));
            if (input.isSelected() != on) {
                input.click();
            }
            return input.isSelected() == on;
        });
    }

    void write(String testId, String text) {
        WebElement field = waitFor(testId).until(ExpectedConditions.elementToBeClickable(testId(testId)));
        field.clear();
        field.sendKeys(text);
    }

    /** Saves a tab's form (general, assignment, hours) and waits for "Saved." or the server's refusal. */
    SaveResult save(String form) {
        click(testId(form + "-save"));
        return waitFor("the " + form + " form to be saved or refused").until(browser -> {
            WebElement problem = browser.findElement(testId(form + "-problem"));
            if (problem.isDisplayed() && !problem.getText().isBlank()) {
                return new SaveResult(false, problem.getText());
            }
            String status = browser.findElement(testId(form + "-status")).getText();
            return status.isBlank() ? null : new SaveResult(true, status);
        });
    }

    record SaveResult(boolean saved, String message) {
    }

    /** Adds a member by the name the agents list shows ("Name — e-mail"). */
    void addMember(String displayName) {
        waitFor("the agent " + displayName + " to be offered").until(browser -> {
            Select select = new Select(browser.findElement(testId("member-add-select")));
            Optional<WebElement> option = select.getOptions().stream()
                    .filter(o -> o.getText().startsWith(displayName + " — ")).findFirst();
            option.ifPresent(o -> select.selectByValue(o.getDomAttribute("value")));
            return option.isPresent();
        });
        click(testId("member-add"));
        waitFor(displayName + " among the inbox's agents").until(browser -> members().contains(displayName));
    }

    void removeMember(String displayName) {
        click(By.xpath("//li[@data-testid='member'][.//*[@data-testid='member-name' and normalize-space()='"
                + displayName + "']]//button[@data-testid='member-remove']"));
        waitFor(displayName + " to leave the inbox's agents").until(browser -> !members().contains(displayName));
    }

    List<String> members() {
        return browser.findElements(testId("member-name")).stream().map(WebElement::getText).toList();
    }

    void chooseTimeZone(String zone) {
        new Select(waitFor("the time zone").until(ExpectedConditions.elementToBeClickable(testId("hours-timezone"))))
                .selectByValue(zone);
    }

    /** Adds a slot to a day (MONDAY..SUNDAY) with its times as HH:mm. */
    void addSlot(String day, String opensAt, String closesAt) {
        By slots = By.cssSelector("[data-testid='hours-slot'][data-day='" + day + "']");
        int before = browser.findElements(slots).size();
        click(By.cssSelector("[data-testid='hours-add'][data-day='" + day + "']"));
        waitFor("a new " + day + " slot").until(ExpectedConditions.numberOfElementsToBe(slots, before + 1));
        WebElement slot = browser.findElements(slots).get(before);
        // A time input's typing order depends on the browser's locale; its value does not.
        setValue(slot.findElement(testId("slot-opens")), opensAt);
        setValue(slot.findElement(testId("slot-closes")), closesAt);
    }

    // Connecting a Facebook Page

    void addChannel() {
        click(testId("nav-add-channel"));
        waitFor("the Facebook option").until(ExpectedConditions.visibilityOfElementLocated(testId("facebook-login")));
    }

    /** Clicks "Log in with Facebook": the browser leaves for Facebook's login dialog. */
    void logInWithFacebook() {
        click(testId("facebook-login"));
    }

    /** Waits until Facebook has sent the browser back to the channels page and it shows the Pages to choose from. */
    List<String> pagesOffered() {
        waitFor("the Page picker, back from Facebook").until(ExpectedConditions.visibilityOfElementLocated(testId("page-picker")));
        return browser.findElements(testId("page-name")).stream().map(WebElement::getText).toList();
    }

    void connect(String pageName) {
        click(By.xpath("//label[@data-testid='page-option'][.//*[@data-testid='page-name' and normalize-space()='"
                + pageName + "']]//input"));
        click(testId("connect-page"));
    }

    /** The success screen's title and the subscription state it read back (data-state: SUBSCRIBED, FAILED, ...). */
    Connected connected() {
        WebElement success = waitFor("the Page to be connected")
                .until(ExpectedConditions.visibilityOfElementLocated(testId("connect-success")));
        WebElement readBack = success.findElement(testId("connected-subscription"));
        return new Connected(success.findElement(testId("connected-title")).getText(),
                readBack.getDomAttribute("data-state"), readBack.findElement(testId("connected-subscription-text")).getText(),
                Long.parseLong(success.getDomAttribute("data-inbox-id")));
    }

    record Connected(String title, String subscriptionState, String readBack, long inboxId) {
    }

    /** A login that ended without a Page: its title, problem text and state (CANCELLED, FAILED, EXPIRED, ...). */
    LoginProblem loginProblem() {
        WebElement problem = waitFor("the login's problem")
                .until(ExpectedConditions.visibilityOfElementLocated(testId("login-problem")));
        return new LoginProblem(problem.findElement(testId("login-problem-title")).getText(),
                problem.findElement(testId("login-problem-text")).getText(), problem.getDomAttribute("data-state"),
                problem.findElement(testId("login-try-again")).isDisplayed());
    }

    record LoginProblem(String title, String text, String state, boolean canTryAgain) {
    }

    String currentUrl() {
        return browser.getCurrentUrl();
    }

    WebDriver browser() {
        return browser;
    }

    @Override
    public void close() {
        chromium.close();
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', { bubbles: true }));",
                input, value);
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

    private static String nonBlank(String text) {
        return Optional.ofNullable(text).filter(value -> !value.isBlank()).orElse(null);
    }
}
