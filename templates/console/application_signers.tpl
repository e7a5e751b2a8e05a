{{%AUTOESCAPE context="HTML"}}
{{! Sign-off settings. CSRF_TOKEN; AGENCIES (ID NAME USERS (ID NAME USERNAME CHECKED)). }}
<header class="page-header"><h1>答复审签人</h1><p class="muted">答复告知书须经本机关指定的审签人（公开办负责人或分管领导）审签后方可出具。可选人员为具有“公开办”角色的用户。</p></header>
{{#AGENCIES}}
<form class="form card" method="post" action="/console/applications/signers/{{ID}}">
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<fieldset><legend>{{NAME}}</legend>
{{#USERS}}<div class="field-check"><input id="s-{{AGENCY}}-{{ID}}" name="signers" type="checkbox" value="{{ID}}"{{#CHECKED}} checked{{/CHECKED}}><label for="s-{{AGENCY}}-{{ID}}">{{NAME}}（{{USERNAME}}）</label></div>{{/USERS}}
</fieldset>
<button type="submit" class="btn btn-secondary">保存</button>
</form>
{{/AGENCIES}}
