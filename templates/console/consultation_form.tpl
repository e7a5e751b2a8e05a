{{%AUTOESCAPE context="HTML"}}
{{! A new consultation (NEW: AGENCIES (VALUE LABEL SELECTED)) or a draft's fields (EDIT: ID). ACTION TITLE DRAFT_MD EXPLANATION_MD
    HOW_TO OPENS_ON CLOSES_ON SHORT_REASON ARTICLES IDENTITIES MODERATIONS (VALUE LABEL SELECTED) MIN_DAYS; HAS_ERRORS ERRORS ERR_*;
    CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/consultations">意见征集</a> / <span aria-current="page">{{#NEW}}新增{{/NEW}}{{#EDIT}}修改草稿{{/EDIT}}</span></nav>
<header class="page-header"><h1>{{#NEW}}新增意见征集{{/NEW}}{{#EDIT}}修改意见征集（草稿）{{/EDIT}}</h1></header>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未保存，请改正以下问题：</p><ul>{{#ERRORS}}<li><a href="#cs-{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<form class="form form-wide" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<section class="card" aria-labelledby="basic-title">
<h2 class="card-title" id="basic-title">征集内容</h2>
{{#NEW}}<div class="field{{#ERR_AGENCY_ID}} has-error{{/ERR_AGENCY_ID}}"><label for="cs-agency_id">机构</label>
{{#ERR_AGENCY_ID}}<p class="field-error">{{MSG}}</p>{{/ERR_AGENCY_ID}}
<select id="cs-agency_id" name="agency_id">{{#AGENCIES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGENCIES}}</select></div>{{/NEW}}
<div class="field{{#ERR_TITLE}} has-error{{/ERR_TITLE}}"><label for="cs-title">标题</label>
<p class="field-hint" id="cs-title-hint">如：关于《济南市食品小作坊登记管理办法（征求意见稿）》公开征求意见的公告。</p>
{{#ERR_TITLE}}<p class="field-error" id="cs-title-err">{{MSG}}</p>{{/ERR_TITLE}}
<input id="cs-title" name="title" type="text" value="{{TITLE}}" maxlength="180" aria-describedby="cs-title-hint{{#ERR_TITLE}} cs-title-err{{/ERR_TITLE}}"{{#ERR_TITLE}} aria-invalid="true"{{/ERR_TITLE}}></div>
<div class="field{{#ERR_DRAFT_MD}} has-error{{/ERR_DRAFT_MD}}"><label for="cs-draft_md">征求意见稿</label>
<p class="field-hint" id="cs-draft-hint">草案全文（Markdown：“## 第一章”为标题，空行分段）。</p>
{{#ERR_DRAFT_MD}}<p class="field-error" id="cs-draft-err">{{MSG}}</p>{{/ERR_DRAFT_MD}}
<textarea id="cs-draft_md" name="draft_md" rows="16" aria-describedby="cs-draft-hint{{#ERR_DRAFT_MD}} cs-draft-err{{/ERR_DRAFT_MD}}"{{#ERR_DRAFT_MD}} aria-invalid="true"{{/ERR_DRAFT_MD}}>{{DRAFT_MD:pre_escape}}</textarea></div>
<div class="field{{#ERR_EXPLANATION_MD}} has-error{{/ERR_EXPLANATION_MD}}"><label for="cs-explanation_md">起草说明</label>
<p class="field-hint" id="cs-expl-hint">起草的必要性、依据、过程和主要内容。</p>
{{#ERR_EXPLANATION_MD}}<p class="field-error" id="cs-expl-err">{{MSG}}</p>{{/ERR_EXPLANATION_MD}}
<textarea id="cs-explanation_md" name="explanation_md" rows="8" aria-describedby="cs-expl-hint{{#ERR_EXPLANATION_MD}} cs-expl-err{{/ERR_EXPLANATION_MD}}"{{#ERR_EXPLANATION_MD}} aria-invalid="true"{{/ERR_EXPLANATION_MD}}>{{EXPLANATION_MD:pre_escape}}</textarea></div>
<div class="field{{#ERR_ARTICLES}} has-error{{/ERR_ARTICLES}}"><label for="cs-articles">条款数（可选）</label>
<p class="field-hint" id="cs-articles-hint">填写草案的条数，公众可以针对某一条发表意见；不填或填 0 则只收集总体意见。</p>
{{#ERR_ARTICLES}}<p class="field-error" id="cs-articles-err">{{MSG}}</p>{{/ERR_ARTICLES}}
<input id="cs-articles" name="articles" type="text" inputmode="numeric" value="{{ARTICLES}}" maxlength="3" aria-describedby="cs-articles-hint{{#ERR_ARTICLES}} cs-articles-err{{/ERR_ARTICLES}}"{{#ERR_ARTICLES}} aria-invalid="true"{{/ERR_ARTICLES}}></div>
</section>
<section class="card" aria-labelledby="period-title">
<h2 class="card-title" id="period-title">征集期和方式</h2>
<div class="grid">
<div class="field{{#ERR_OPENS_ON}} has-error{{/ERR_OPENS_ON}}"><label for="cs-opens_on">开始日期</label>
{{#ERR_OPENS_ON}}<p class="field-error" id="cs-opens-err">{{MSG}}</p>{{/ERR_OPENS_ON}}
<input id="cs-opens_on" name="opens_on" type="date" value="{{OPENS_ON}}"{{#ERR_OPENS_ON}} aria-invalid="true" aria-describedby="cs-opens-err"{{/ERR_OPENS_ON}}></div>
<div class="field{{#ERR_CLOSES_ON}} has-error{{/ERR_CLOSES_ON}}"><label for="cs-closes_on">截止日期（含当日）</label>
{{#ERR_CLOSES_ON}}<p class="field-error" id="cs-closes-err">{{MSG}}</p>{{/ERR_CLOSES_ON}}
<input id="cs-closes_on" name="closes_on" type="date" value="{{CLOSES_ON}}"{{#ERR_CLOSES_ON}} aria-invalid="true" aria-describedby="cs-closes-err"{{/ERR_CLOSES_ON}}></div>
</div>
<div class="field{{#ERR_SHORT_REASON}} has-error{{/ERR_SHORT_REASON}}"><label for="cs-short_reason">征集期不足 {{MIN_DAYS}} 日的理由</label>
<p class="field-hint" id="cs-short-hint">征集期（含首尾两日）不足 {{MIN_DAYS}} 日时必填，并在征集页面公开。</p>
{{#ERR_SHORT_REASON}}<p class="field-error" id="cs-short-err">{{MSG}}</p>{{/ERR_SHORT_REASON}}
<textarea id="cs-short_reason" name="short_reason" rows="2" maxlength="500" aria-describedby="cs-short-hint{{#ERR_SHORT_REASON}} cs-short-err{{/ERR_SHORT_REASON}}"{{#ERR_SHORT_REASON}} aria-invalid="true"{{/ERR_SHORT_REASON}}>{{SHORT_REASON:pre_escape}}</textarea></div>
<div class="field{{#ERR_HOW_TO}} has-error{{/ERR_HOW_TO}}"><label for="cs-how_to">其他反馈方式（可选）</label>
<p class="field-hint" id="cs-howto-hint">如：电子邮件 fzc@example.gov.cn；信函寄至济南市……（信封注明“征求意见”）。</p>
{{#ERR_HOW_TO}}<p class="field-error">{{MSG}}</p>{{/ERR_HOW_TO}}
<textarea id="cs-how_to" name="how_to" rows="3" aria-describedby="cs-howto-hint">{{HOW_TO:pre_escape}}</textarea></div>
<div class="grid">
<div class="field{{#ERR_IDENTITY}} has-error{{/ERR_IDENTITY}}"><label for="cs-identity">发表意见</label>
{{#ERR_IDENTITY}}<p class="field-error">{{MSG}}</p>{{/ERR_IDENTITY}}
<select id="cs-identity" name="identity">{{#IDENTITIES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/IDENTITIES}}</select></div>
<div class="field{{#ERR_MODERATION}} has-error{{/ERR_MODERATION}}"><label for="cs-moderation">意见公开方式</label>
{{#ERR_MODERATION}}<p class="field-error">{{MSG}}</p>{{/ERR_MODERATION}}
<select id="cs-moderation" name="moderation">{{#MODERATIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/MODERATIONS}}</select></div>
</div>
</section>
<div class="form-actions"><button type="submit" class="btn btn-primary">{{#NEW}}保存为草稿{{/NEW}}{{#EDIT}}保存{{/EDIT}}</button>
<a href="/console/consultations{{#EDIT}}/{{ID}}{{/EDIT}}">取消</a></div>
</form>
