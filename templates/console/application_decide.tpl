{{%AUTOESCAPE context="HTML"}}
{{! The decision form. ID NUMBER DESCRIPTION CSRF_TOKEN; ACTION_ERROR (MESSAGE); OUTCOME_OPTIONS (VALUE LABEL SELECTED);
    CHOSEN (OUTCOME OUTCOME_LABEL NEED_PUBLIC NEED_WITHHELD NEED_BASIS NEED_HOLDER LETTER_TITLE LETTER_BODY, and what was
    submitted when refused: PUBLIC_INDEX_NO WITHHELD LEGAL_BASIS HOLDER EXPLANATION); CASES (related). }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/console/applications">依申请公开</a> / <a href="/console/applications/{{ID}}">申请 {{NUMBER}}</a> / <span aria-current="page">拟定答复</span></nav>
<header class="page-header"><h1>拟定答复</h1></header>
{{#ACTION_ERROR}}<div class="alert alert-error" role="alert"><p>{{MESSAGE}}</p></div>{{/ACTION_ERROR}}
<section class="card"><h2 class="card-title">申请内容</h2><p class="prose-pre">{{DESCRIPTION}}</p></section>
<form class="form card" method="get" action="/console/applications/{{ID}}/decide" aria-label="选择办理结果">
<div class="field"><label for="d-outcome">办理结果（与年度报告表三一致）</label>
<select id="d-outcome" name="outcome">{{#OUTCOME_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OUTCOME_OPTIONS}}</select></div>
<button type="submit" class="btn btn-secondary">选择并生成答复告知书</button>
</form>
{{#CHOSEN}}
<form class="form form-wide card" method="post" action="/console/applications/{{ID}}/act/draft_decision">
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<input type="hidden" name="outcome" value="{{OUTCOME}}">
<h2 class="card-title">{{OUTCOME_LABEL}}</h2>
{{#NEED_PUBLIC}}<div class="field"><label for="d-public">已主动公开的信息索引号（条例第三十六条第一项，可选）</label><input id="d-public" name="public_index_no" type="text" value="{{PUBLIC_INDEX_NO}}"></div>{{/NEED_PUBLIC}}
{{#NEED_WITHHELD}}<div class="field"><label for="d-withheld">不予公开的部分及理由（条例第三十七条）</label><textarea id="d-withheld" name="withheld" rows="3">{{WITHHELD:pre_escape}}</textarea></div>{{/NEED_WITHHELD}}
{{#NEED_BASIS}}<div class="field"><label for="d-basis">法律依据和理由</label><textarea id="d-basis" name="legal_basis" rows="3">{{LEGAL_BASIS:pre_escape}}</textarea></div>{{/NEED_BASIS}}
{{#NEED_HOLDER}}<div class="field"><label for="d-holder">负责公开该信息的机关及联系方式（如能确定）</label><input id="d-holder" name="holder_agency" type="text" value="{{HOLDER}}"></div>{{/NEED_HOLDER}}
<div class="field"><label for="d-expl">说明（条例第三十六条）</label><textarea id="d-expl" name="explanation" rows="3">{{EXPLANATION:pre_escape}}</textarea></div>
<div class="field"><label for="d-letter">{{LETTER_TITLE}}（可修改；双花括号中的内容按上面填写的内容自动填入）</label><textarea id="d-letter" name="letter_body" rows="20">{{LETTER_BODY:pre_escape}}</textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">提交审签</button></div>
</form>
{{/CHOSEN}}
<section class="card" aria-labelledby="rel-title"><h2 class="card-title" id="rel-title">同一申请人或相似的申请</h2>
<ul class="link-list">{{#CASES}}<li><a class="code" href="/console/applications/{{ID}}">{{NUMBER}}</a> {{NAME}} · {{DESCRIPTION}} <span class="muted">{{STATE}} {{OUTCOME}}</span></li>{{/CASES}}</ul></section>
