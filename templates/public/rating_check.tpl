{{%AUTOESCAPE context="HTML"}}
{{! The rater's follow-up: the form (ID CODE, ERR_CODE), FOUND (FillRating, public; CODE CAN_RESPOND ERR_RESPONSE ERR_NOTE
    HAS_ERRORS ERRORS CSRF_TOKEN); CSRF_TOKEN. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="/ratings">好差评</a> / <span aria-current="page">评价办理查询</span></nav>
<header class="page-header"><h1>评价办理查询</h1></header>
<form class="form card" method="post" action="/ratings/check" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{#ERR_CODE}}<div class="alert alert-error" role="alert"><p>{{MSG}}</p></div>{{/ERR_CODE}}
<div class="grid">
<div class="field"><label for="c-id">评价编号</label><input id="c-id" name="id" type="text" inputmode="numeric" value="{{ID}}" maxlength="20"></div>
<div class="field"><label for="c-code">查询码</label><input id="c-code" name="code" type="text" value="{{CODE}}" maxlength="20" autocomplete="off" spellcheck="false"></div>
</div>
<div class="form-actions"><button type="submit" class="btn btn-primary">查询</button></div>
</form>
{{#FOUND}}<section class="card" aria-labelledby="found-title">
<h2 class="card-title" id="found-title">评价 {{ID}}：{{SUBJECT}} <span class="badge rating-{{STATE_CODE}}">{{STATE}}</span></h2>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<dl class="pairs">
<dt>评价日期</dt><dd>{{RATED_ON}}</dd><dt>评价等级</dt><dd>{{LEVEL_LABEL}}</dd><dt>评价内容</dt><dd>{{COMMENT}}</dd>
{{#BAD}}<dt>回访期限</dt><dd>{{VISIT_DUE}}</dd><dt>整改期限</dt><dd>{{RECTIFY_DUE}}</dd>{{/BAD}}
{{#RECTIFIED}}<dt>整改情况</dt><dd>{{ON}}：{{NOTE}}</dd>{{/RECTIFIED}}
{{#RESPONSE}}<dt>您的意见</dt><dd>{{LABEL}} {{NOTE}}</dd>{{/RESPONSE}}
</dl>
{{#CAN_RESPOND}}<form class="form" method="post" action="/ratings/respond" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><input type="hidden" name="id" value="{{ID}}"><input type="hidden" name="code" value="{{CODE}}">
<fieldset class="field"><legend>您对整改结果是否满意？</legend>
<p class="field-check"><input type="radio" id="c-yes" name="response" value="satisfied"> <label for="c-yes">满意</label></p>
<p class="field-check"><input type="radio" id="c-no" name="response" value="unsatisfied"> <label for="c-no">不满意</label></p></fieldset>
<div class="field"><label for="c-note">意见（可选）</label><textarea id="c-note" name="note" rows="3" maxlength="500"></textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">提交意见</button></div>
</form>{{/CAN_RESPOND}}
</section>{{/FOUND}}
