{{%AUTOESCAPE context="HTML"}}
{{! The content check's sensitive-wording list: WORDING; ERR_WORDING; HAS_ERRORS ERRORS; CSRF_TOKEN. }}
<header class="page-header"><h1>内容检查敏感词表</h1></header>
<p>信息、解读提交和审核时，平台检查正文中的个人信息、涉密标识、常见差错，以及下表所列的错误或过时表述（如机构改革前的机构名称）。表述类问题只作提示，由撰稿人和审核人决定是否替换。</p>
<form class="form form-wide card" method="post" action="/console/content-rules" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未保存，请修改以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<div class="field{{#ERR_WORDING}} has-error{{/ERR_WORDING}}"><label for="cr-wording">词表（每行一条：错误写法=正确写法 # 说明；以 # 开头的行为注释）</label>
{{#ERR_WORDING}}<p class="field-error" id="cr-wording-err">{{MSG}}</p>{{/ERR_WORDING}}
<textarea id="cr-wording" name="wording" rows="20" class="code"{{#ERR_WORDING}} aria-invalid="true" aria-describedby="cr-wording-err"{{/ERR_WORDING}}>{{WORDING}}</textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">保存</button></div>
</form>
