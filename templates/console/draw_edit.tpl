{{%AUTOESCAPE context="HTML"}}
{{! The plan of a draw, new or a draft. ACTION; EDITING (ID) / CREATING; AGENCY_OPTIONS TARGET_LISTS INSPECTOR_LISTS (VALUE LABEL SELECTED);
    TITLE SCOPE N M SEED_SOURCE; HAS_ERRORS; ERRORS (FIELD MSG); ERR_*; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/draws">双随机抽查</a> / <span aria-current="page">{{#EDITING}}修改抽查方案{{/EDITING}}{{#CREATING}}新建抽查{{/CREATING}}</span></nav>
<header class="page-header"><h1>{{#EDITING}}修改抽查方案{{/EDITING}}{{#CREATING}}新建双随机抽查{{/CREATING}}</h1></header>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未保存，请修改以下问题：</p><ul>{{#ERRORS}}<li><a href="#draw-{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<form class="form card" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_AGENCY_ID}} has-error{{/ERR_AGENCY_ID}}"><label for="draw-agency_id">机构</label>
{{#ERR_AGENCY_ID}}<p class="field-error">{{MSG}}</p>{{/ERR_AGENCY_ID}}
<select id="draw-agency_id" name="agency_id">{{#AGENCY_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGENCY_OPTIONS}}</select></div>
<div class="field{{#ERR_TITLE}} has-error{{/ERR_TITLE}}"><label for="draw-title">抽查任务名称</label>
{{#ERR_TITLE}}<p class="field-error" id="draw-title-err">{{MSG}}</p>{{/ERR_TITLE}}
<input id="draw-title" name="title" type="text" maxlength="200" value="{{TITLE}}"{{#ERR_TITLE}} aria-invalid="true" aria-describedby="draw-title-err"{{/ERR_TITLE}}></div>
<div class="field{{#ERR_SCOPE}} has-error{{/ERR_SCOPE}}"><label for="draw-scope">抽查事项和检查内容</label>
{{#ERR_SCOPE}}<p class="field-error">{{MSG}}</p>{{/ERR_SCOPE}}
<textarea id="draw-scope" name="scope" rows="3">{{SCOPE:pre_escape}}</textarea></div>
<div class="field{{#ERR_TARGET_LIST_ID}} has-error{{/ERR_TARGET_LIST_ID}}"><label for="draw-target_list_id">检查对象名录</label>
{{#ERR_TARGET_LIST_ID}}<p class="field-error">{{MSG}}</p>{{/ERR_TARGET_LIST_ID}}
<select id="draw-target_list_id" name="target_list_id"><option value="">请选择</option>{{#TARGET_LISTS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TARGET_LISTS}}</select></div>
<div class="field{{#ERR_INSPECTOR_LIST_ID}} has-error{{/ERR_INSPECTOR_LIST_ID}}"><label for="draw-inspector_list_id">执法检查人员名录</label>
{{#ERR_INSPECTOR_LIST_ID}}<p class="field-error">{{MSG}}</p>{{/ERR_INSPECTOR_LIST_ID}}
<select id="draw-inspector_list_id" name="inspector_list_id"><option value="">请选择</option>{{#INSPECTOR_LISTS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/INSPECTOR_LISTS}}</select></div>
<div class="grid">
<div class="field{{#ERR_N}} has-error{{/ERR_N}}"><label for="draw-n">抽取对象数</label>
{{#ERR_N}}<p class="field-error">{{MSG}}</p>{{/ERR_N}}
<input id="draw-n" name="n" type="text" inputmode="numeric" size="6" value="{{N}}"></div>
<div class="field{{#ERR_M}} has-error{{/ERR_M}}"><label for="draw-m">每个对象的检查人员数</label>
{{#ERR_M}}<p class="field-error">{{MSG}}</p>{{/ERR_M}}
<input id="draw-m" name="m" type="text" inputmode="numeric" size="6" value="{{M}}"></div>
</div>
<div class="field{{#ERR_SEED_SOURCE}} has-error{{/ERR_SEED_SOURCE}}"><label for="draw-seed_source">随机种子的来源</label>
<p class="field-hint" id="draw-seed-hint">写明一个公布方案时尚不存在、之后任何人都能查到的值，如“2027年3月5日上证综合指数收盘价”或“抽取现场公开摇号的号码”。方案公布后不能修改。</p>
{{#ERR_SEED_SOURCE}}<p class="field-error">{{MSG}}</p>{{/ERR_SEED_SOURCE}}
<input id="draw-seed_source" name="seed_source" type="text" maxlength="200" value="{{SEED_SOURCE}}" aria-describedby="draw-seed-hint"></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">保存草稿</button> <a class="btn btn-secondary" href="{{#EDITING}}/console/draws/{{ID}}{{/EDITING}}{{#CREATING}}/console/draws{{/CREATING}}">取消</a></div>
</form>
