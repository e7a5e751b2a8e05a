{{%AUTOESCAPE context="HTML"}}
{{! The human check of a public form (src/web/human_check.h), included as HUMAN_CHECK:
    CHECK_QUESTION CHECK_TOKEN; ERR_CHECK_ANSWER (MSG). }}
<div class="field{{#ERR_CHECK_ANSWER}} has-error{{/ERR_CHECK_ANSWER}}">
<label for="human-check">验证题：{{CHECK_QUESTION}}</label>
{{#ERR_CHECK_ANSWER}}<p class="field-error" id="human-check-err">{{MSG}}</p>{{/ERR_CHECK_ANSWER}}
<input id="human-check" name="check_answer" type="text" inputmode="numeric" maxlength="3" autocomplete="off"{{#ERR_CHECK_ANSWER}} aria-describedby="human-check-err" aria-invalid="true"{{/ERR_CHECK_ANSWER}}>
<input type="hidden" name="check_token" value="{{CHECK_TOKEN}}">
</div>
